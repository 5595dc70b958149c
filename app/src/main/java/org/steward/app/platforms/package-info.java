/** The user's platform connections (a properties file) and their secrets (a PKCS12 keystore), both under the data folder. */
package org.steward.app.platforms;
