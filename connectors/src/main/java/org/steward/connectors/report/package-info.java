/** Reports written for people and auditors: the audit log as CSV and PDF. */
package org.steward.connectors.report;
