/** The Platforms area: Apache Atlas connections, their credentials, test connection and pull. */
package org.steward.views.platforms;
