package org.steward.connectors.atlas.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS trust of a session: the platform's trust store, plus the CA certificates of the endpoint's CA file when
 * it has one. Certificate and host name verification are always on; there is no switch to turn them off.
 */
final class AtlasTrust {

    private AtlasTrust() {
    }

    static SSLContext sslContext(AtlasEndpoint endpoint) {
        if (endpoint.caFile().isEmpty()) {
            try {
                return SSLContext.getDefault();
            } catch (GeneralSecurityException e) {
                throw AtlasException.of(endpoint, null, AtlasFailure.TLS, "no default TLS context: " + e.getMessage(),
                        e);
            }
        }
        Path file = endpoint.caFile().get();
        try {
            X509TrustManager platform = trustManager(null);
            X509TrustManager extra = trustManager(caStore(file));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(platform, extra)}, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw AtlasException.of(endpoint, null, AtlasFailure.TLS, "cannot use the CA file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static KeyStore caStore(Path file) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certificates.isEmpty()) {
            throw new CertificateException("it holds no PEM or DER certificate");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int index = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("ca-" + index++, certificate);
        }
        return store;
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a chain either trust manager trusts. */
    private record EitherTrustManager(X509TrustManager first, X509TrustManager second) implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkClientTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkClientTrusted(chain, authType);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> issuers = new ArrayList<>(List.of(first.getAcceptedIssuers()));
            issuers.addAll(List.of(second.getAcceptedIssuers()));
            return issuers.toArray(X509Certificate[]::new);
        }
    }
}
