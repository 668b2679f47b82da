import { X509Certificate, createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateServingCert } from './tls-cert';

describe('serving certificate', () => {
  it('is a valid self-signed certificate for 127.0.0.1 and localhost, every time', () => {
    for (let i = 0; i < 50; i++) {
      const { cert, key } = generateServingCert();
      const x509 = new X509Certificate(cert);
      expect(x509.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
      expect(x509.ca).toBe(true);
      expect(x509.verify(x509.publicKey)).toBe(true);
      expect(x509.checkPrivateKey(createPrivateKey(key))).toBe(true);
    }
  });
});
