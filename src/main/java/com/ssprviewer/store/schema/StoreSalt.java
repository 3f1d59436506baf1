package com.ssprviewer.store.schema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How an encrypted store's file password is made from its passphrase: PBKDF2 with HMAC-SHA256 over a random salt
 * of the store, many iterations, hex encoded (H2 takes a file password without spaces and only hashes it once with
 * SHA-256, so the slow step is ours). The salt file holds no secret: the salt, the iteration count, and a check
 * value (a SHA-256 of the derived key) that tells a wrong passphrase at once, without H2 trying the file and
 * answering with its own text and growing delays. Guessing from the check value costs what guessing from the
 * encrypted file itself costs: a full PBKDF2 per guess.
 */
final class StoreSalt {

    /** The current salt file; its presence beside an encrypted database marks the store as encrypted. */
    static final String FILE = "sspr.salt";
    /** The salt of a passphrase change under way: it becomes {@link #FILE} once the rewritten file is in place. */
    static final String NEXT_FILE = "sspr.salt.next";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second on a slow laptop. */
    static final int ITERATIONS = 600_000;
    private static final String FIRST_LINE = "SSPR Audit Viewer store encryption: salt and check value, no secret";
    private static final String KIND = "pbkdf2-hmac-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final int iterations;
    private final byte[] salt;
    private final byte[] check;

    private StoreSalt(int iterations, byte[] salt, byte[] check) {
        this.iterations = iterations;
        this.salt = salt;
        this.check = check;
    }

    /** A new salt for the passphrase, and the file password it gives. */
    static Made create(char[] passphrase) {
        return create(passphrase, ITERATIONS);
    }

    static Made create(char[] passphrase, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(passphrase, salt, iterations);
        StoreSalt s = new StoreSalt(iterations, salt, checkOf(key));
        return new Made(s, HEX.formatHex(key));
    }

    /** A salt and the file password it gave its passphrase. */
    record Made(StoreSalt salt, String filePassword) {
    }

    /** The file password of the passphrase, or null when the passphrase is not this store's. */
    String filePassword(char[] passphrase) {
        byte[] key = derive(passphrase, salt, iterations);
        return MessageDigest.isEqual(checkOf(key), check) ? HEX.formatHex(key) : null;
    }

    /** The salt in a file, or null when there is none (or it is not one: then it does not mark the store). */
    static StoreSalt read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.size() < 2 || !lines.get(0).equals(FIRST_LINE)) {
            return null;
        }
        String[] parts = lines.get(1).trim().split(" ");
        if (parts.length != 4 || !parts[0].equals(KIND)) {
            return null;
        }
        try {
            return new StoreSalt(Integer.parseInt(parts[1]), HEX.parseHex(parts[2]), HEX.parseHex(parts[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Writes the salt whole and synced, owner-only, to a new file (one already there is replaced). */
    void write(Path file) throws IOException {
        Files.deleteIfExists(file);
        OwnerOnly.createFile(file);
        String text = FIRST_LINE + "\n" + KIND + " " + iterations + " " + HEX.formatHex(salt) + " "
                + HEX.formatHex(check) + "\n";
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
            out.force(true);
        }
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] checkOf(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("sspr-store-check".getBytes(StandardCharsets.US_ASCII));
            return sha.digest(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
