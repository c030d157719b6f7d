// The certificate reader's first file is read by code the JavaScript engine has not compiled and
// optimized yet: the same 50 certificates take about twice as long as the next time. While the
// page is idle, reading a sample a few times (as a file is read, caches aside) gets that done
// before the user picks a file. The sample is a throwaway self-signed root made with openssl for
// this purpose; it is never shown, stored or trusted.
import { identifyDer } from "./der";
import { describeCertificate, pemToDer } from "./inspect";
import { scanPemBlocks, toCanonicalPem } from "./pem";

const SAMPLE =
  "-----BEGIN CERTIFICATE-----\nMIIDcDCCAligAwIBAgIBATANBgkqhkiG9w0BAQsFADBJMRUwEwYDVQQKDAxGbG93\ncyBXaXphcmQxMDAuBgNVBAMMJ1JlYWRlciBXYXJtLXVwIFNhbXBsZSAobm90IGEg\nQ0EgaW4gdXNlKTAeFw0yNjExMjYxNjA2MDRaFw0zNjExMjMxNjA2MDRaMEkxFTAT\nBgNVBAoMDEZsb3dzIFdpemFyZDEwMC4GA1UEAwwnUmVhZGVyIFdhcm0tdXAgU2Ft\ncGxlIChub3QgYSBDQSBpbiB1c2UpMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIB\nCgKCAQEA3WRBVdO0hEEWdLVnsLfq04MBNpm+vGzScsY84ERV3mjvp7i0I0MVIT+c\nyoy+hhHbOYEjJNqYBqZ2+0JaQ1cFihkqyVP7S9KDEaFBDW1KgPCVKtqdepzXtRYI\nLlEEDqSUDJbYTXLQRauImqIr2S8rBmfOWv7gxqj5atmhVHF2v3oN44nknKIO5QnF\ngUSYJLYYACxaz659+KUgZBqKfe9a7ah3/cTbkL+oPE3XFxy+itobOWMP3cHasvbE\nQvr5aN/2TAYhdRWbJAPzUQLyLB3DtrArR07L36rRjyB8su0y75/XwsvFxa9EhWKV\nyGVQLV4JbLWj29yRZpupB4lCQlnRtQIDAQABo2MwYTAdBgNVHQ4EFgQUn8twhsXE\npjs+wp+RB7LOinnsGdEwHwYDVR0jBBgwFoAUn8twhsXEpjs+wp+RB7LOinnsGdEw\nDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwDQYJKoZIhvcNAQELBQAD\nggEBAMi8N75YgVh8h3uvKkFWA2LLTI3qnqcH4F5ekvLDv3asIFR7kw1cRPthmVaP\nU72OIY+kxgq8l4bEEriPjfoAbgqU+08rvoTadCSnwukc7HQ5Yl6g/NfBYzRMo7N+\nlfNpMxMZE4p7mnBqsPtJEc7HP/s7ytQsxn5xxc9w592Y5eomNdm4gjb/Mwh+hpak\nie5mUt4p45luvsgaHUGkhqfghYcEy/S/liicfhn9D3/50QSebJ4LgiCFwzbNnjbl\nhNnXhqJS0COjz1W6b/kHIYGwT2aao8R9b2jmx544O1eMKgsYh/WJRrA88EwkAToa\nCX5kp7boSo+qVu5IxXTzCc4LZPE=\n-----END CERTIFICATE-----\n";

/** How many readings it takes (measured in Chromium: fewer leave most of the gain). */
export const WARM_UP_ROUNDS = 20;

/** One reading of the sample, as readCertificateFile reads a certificate. Never throws. */
export function warmUpReader(): void {
  try {
    for (const block of scanPemBlocks(SAMPLE)) {
      if (!block.ok) continue;
      const kind = identifyDer(block.der);
      if (kind.kind !== "certificate") continue;
      toCanonicalPem(kind.der);
      describeCertificate(kind.der);
    }
  } catch {
    // A warm-up that fails only leaves the first file slower.
  }
}

/** For the test: the sample's DER, read the same way. */
export const sampleDer = () => pemToDer(SAMPLE);
