package org.xuequ.supervision.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** EXIF (with any GPS position) and text metadata are dropped; the image itself survives untouched. */
class PhotosLoseTheirMetadataTest {

    private static final String SECRET = "GPSLatitude 39.9042N";

    @Test
    void aJpegLosesItsExifSegmentAndStillDecodes() throws Exception {
        byte[] plain = encode("jpg");
        byte[] exif = ("Exif\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(plain, 0, 2);
        withExif.write(0xFF);
        withExif.write(0xE1);
        withExif.write((exif.length + 2) >> 8);
        withExif.write((exif.length + 2) & 0xFF);
        withExif.write(exif);
        withExif.write(plain, 2, plain.length - 2);
        byte[] upload = withExif.toByteArray();
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(SECRET);
        assertThat(PhotoType.of(upload)).contains(PhotoType.JPEG);

        byte[] stored = MetadataStripper.strip(PhotoType.JPEG, upload);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(stored).isEqualTo(plain);
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(8);
    }

    @Test
    void aPngLosesItsTextChunksAndStillDecodes() throws Exception {
        byte[] plain = encode("png");
        byte[] text = ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.write(new byte[] {0, 0, 0, (byte) text.length});
        byte[] typeAndData = new byte[4 + text.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
        System.arraycopy(text, 0, typeAndData, 4, text.length);
        chunk.write(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        long c = crc.getValue();
        chunk.write(new byte[] {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
        ByteArrayOutputStream upload = new ByteArrayOutputStream();
        upload.write(plain, 0, 33); // signature and IHDR
        upload.write(chunk.toByteArray());
        upload.write(plain, 33, plain.length - 33);

        byte[] stored = MetadataStripper.strip(PhotoType.PNG, upload.toByteArray());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(stored).isEqualTo(plain);
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getHeight()).isEqualTo(8);
    }

    @Test
    void aWebpLosesItsExifChunk() {
        byte[] vp8x = {'V', 'P', '8', 'X', 10, 0, 0, 0, 0x08, 0, 0, 0, 7, 0, 0, 7, 0, 0};
        byte[] exifData = SECRET.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(vp8x);
        body.writeBytes("EXIF".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(new byte[] {(byte) exifData.length, 0, 0, 0});
        body.writeBytes(exifData);
        ByteArrayOutputStream riff = new ByteArrayOutputStream();
        riff.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        int size = body.size();
        riff.writeBytes(new byte[] {(byte) size, (byte) (size >> 8), 0, 0});
        riff.writeBytes(body.toByteArray());
        byte[] upload = riff.toByteArray();
        assertThat(PhotoType.of(upload)).contains(PhotoType.WEBP);

        byte[] stored = MetadataStripper.strip(PhotoType.WEBP, upload);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain(SECRET)
                .contains("VP8X");
        assertThat(stored[20] & 0x08).isZero(); // the EXIF flag of VP8X is cleared
        assertThat(stored[4] & 0xFF).isEqualTo(stored.length - 8);
    }

    @Test
    void otherFilesAreNotPhotos() {
        assertThat(PhotoType.of("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
    }

    private static byte[] encode(String format) throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC01C1C);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
