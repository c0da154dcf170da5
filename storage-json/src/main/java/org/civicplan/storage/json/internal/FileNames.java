package org.civicplan.storage.json.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names derived from ids. Ids may hold {@code /} ({@code 07-CTr/TU}), spaces and Vietnamese
 * letters, so every character outside {@code [A-Za-z0-9_-]} (and a leading dot) is written as
 * {@code %XX} of its UTF-8 bytes; a name that would grow past 120 characters is shortened and given
 * a hash suffix. The id itself is always stored inside the file: names are never parsed back.
 */
public final class FileNames {
    private static final int MAX = 120;

    private FileNames() {}

    public static String encode(String id) {
        StringBuilder sb = new StringBuilder(id.length() + 8);
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean plain = (b >= 'a' && b <= 'z')
                    || (b >= 'A' && b <= 'Z')
                    || (b >= '0' && b <= '9')
                    || b == '-'
                    || b == '_'
                    || (b == '.' && i > 0);
            if (plain) {
                sb.append((char) b);
            } else {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        if (sb.length() <= MAX) {
            return sb.toString();
        }
        return sb.substring(0, 80) + "~" + hash(id);
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
