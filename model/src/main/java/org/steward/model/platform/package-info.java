/**
 * Connections to metadata platforms (Apache Atlas): their settings, credentials by reference, the connector
 * interface the app and views use (implemented in the connectors module), and what a pull remembers per entity.
 */
package org.steward.model.platform;
