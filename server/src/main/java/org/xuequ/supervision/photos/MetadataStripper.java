package org.xuequ.supervision.photos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Drops a photo's metadata before it is stored — a safety net behind the console, which re-encodes photos on the
 * phone already: EXIF (where GPS positions live), XMP, IPTC and comments. The image data is copied byte for byte,
 * so nothing is re-compressed. JPEG: APP1–APP15 segments except the ICC colour profile (APP2) and Adobe's colour
 * transform (APP14), and COM; PNG: eXIf, tEXt, zTXt, iTXt and tIME chunks; WebP: EXIF and XMP chunks (and their
 * flags in VP8X).
 *
 * @throws IllegalArgumentException when the file is not well formed
 */
public final class MetadataStripper {

    private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private MetadataStripper() {}

    public static byte[] strip(PhotoType type, byte[] bytes) {
        try {
            return switch (type) {
                case JPEG -> jpeg(bytes);
                case PNG -> png(bytes);
                case WEBP -> webp(bytes);
            };
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated " + type, e);
        }
    }

    private static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2); // SOI
        int i = 2;
        while (i < in.length) {
            if ((in[i] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("JPEG marker expected at " + i);
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xD9 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            int end = i + 2 + length;
            if (length < 2 || end > in.length) {
                throw new IllegalArgumentException("bad JPEG segment length at " + i);
            }
            if (marker == 0xDA) { // start of scan: the entropy-coded data and everything after stay as they are
                out.write(in, i, in.length - i);
                break;
            }
            if (!dropJpeg(marker, in, i + 4, length - 2)) {
                out.write(in, i, end - i);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean dropJpeg(int marker, byte[] in, int payload, int payloadLength) {
        if (marker == 0xFE) {
            return true; // COM
        }
        if (marker < 0xE1 || marker > 0xEF) {
            return false; // APP0 (JFIF) and every non-APP segment stay
        }
        if (marker == 0xE2 && startsWith(in, payload, payloadLength, "ICC_PROFILE")) {
            return false;
        }
        return marker != 0xEE || !startsWith(in, payload, payloadLength, "Adobe");
    }

    private static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (i + 8 <= in.length) {
            long length = ((in[i] & 0xFFL) << 24)
                    | ((in[i + 1] & 0xFF) << 16)
                    | ((in[i + 2] & 0xFF) << 8)
                    | (in[i + 3] & 0xFF);
            String name = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            long end = i + 12 + length;
            if (end > in.length) {
                throw new IllegalArgumentException("bad PNG chunk length at " + i);
            }
            if (!PNG_DROPPED.contains(name)) {
                out.write(in, i, (int) (end - i));
            }
            i = (int) end;
            if (name.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static byte[] webp(byte[] in) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
        body.write(in, 8, 4); // "WEBP"
        int i = 12;
        while (i + 8 <= in.length) {
            String name = new String(in, i, 4, StandardCharsets.ISO_8859_1);
            int size = (in[i + 4] & 0xFF)
                    | ((in[i + 5] & 0xFF) << 8)
                    | ((in[i + 6] & 0xFF) << 16)
                    | ((in[i + 7] & 0xFF) << 24);
            int padded = size + (size & 1);
            int end = i + 8 + padded;
            if (size < 0 || i + 8 + size > in.length) {
                throw new IllegalArgumentException("bad WebP chunk size at " + i);
            }
            end = Math.min(end, in.length);
            if (name.equals("VP8X") && size >= 1) {
                byte[] chunk = java.util.Arrays.copyOfRange(in, i, end);
                chunk[8] = (byte) (chunk[8] & ~0x0C); // clear the EXIF (0x08) and XMP (0x04) flags
                body.write(chunk, 0, chunk.length);
            } else if (!name.equals("EXIF") && !name.equals("XMP ")) {
                body.write(in, i, end - i);
            }
            i = end;
        }
        byte[] payload = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 8);
        out.write(in, 0, 4); // "RIFF"
        int riffSize = payload.length;
        out.write(riffSize & 0xFF);
        out.write((riffSize >> 8) & 0xFF);
        out.write((riffSize >> 16) & 0xFF);
        out.write((riffSize >> 24) & 0xFF);
        out.write(payload, 0, payload.length);
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] in, int offset, int length, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (length < p.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (in[offset + k] != p[k]) {
                return false;
            }
        }
        return true;
    }
}
