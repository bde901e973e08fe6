package com.stretchkiosk.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Long-lived credentials the kiosk hands out (an enrolled tablet's or display's cookie, a chain studio's key at the
 * hub): 32 random bytes, URL-safe; the database keeps only their SHA-256 hash.
 */
public final class Credentials {

    /** Bytes of randomness in a credential. */
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Credentials() {
    }

    /** A new credential, to hand over once. */
    public static String create() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What the database keeps of a credential. */
    public static String hash(String credential) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
