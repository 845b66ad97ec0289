package org.xuequ.supervision.photos.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.supervision.photos.PhotoView;
import org.xuequ.supervision.photos.Photos;

/**
 * Photos of an inspection: added to a draft by its inspector (or, for a self-supervision, by the unit); read by
 * whoever reads the inspection. At most 5 MB, JPEG/PNG/WebP by content; metadata (EXIF, GPS) is dropped on upload.
 */
@RestController
@RequestMapping("/api/supervision")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class PhotoController {

    private final Photos photos;

    PhotoController(Photos photos) {
        this.photos = photos;
    }

    /**
     * Adds a photo to a draft inspection, optionally as evidence for one criterion; 413 over 5 MB, 415 for a type
     * other than JPEG, PNG or WebP, 409 once the inspection is submitted.
     */
    @PostMapping(path = "/inspections/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.INSPECTOR, Role.UNIT})
    PhotoView add(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long criterionId,
            @RequestPart("file") MultipartFile file) {
        try {
            return photos.add(id, criterionId, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inspection's photos, oldest first. */
    @GetMapping("/inspections/{id}/photos")
    List<PhotoView> list(@PathVariable long id) {
        return photos.list(id);
    }

    /** The photo itself (its stored, metadata-free bytes). */
    @GetMapping("/photos/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        Photos.Image image = photos.image(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.type().mediaType()))
                .cacheControl(CacheControl.noStore())
                .body(image.bytes());
    }
}
