use std::io::Cursor;

use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::metadata::Orientation;
use image::{
    DynamicImage, ExtendedColorType, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits,
    RgbImage,
};

use crate::{
    JPEG_QUALITY, MAX_BYTES, MAX_PIXELS, PhotoProblem, Processed, Resized, height_at, widths_for,
};

/// Decoding is most of the work: it is reported as the first 60 %, the widths as the rest.
const DECODED: f32 = 0.6;

/// Makes `bytes` (a JPEG, PNG or WebP file) a photo of the catalogue: upright, every metadata segment
/// dropped (the written JPEGs carry pixels only), at [`crate::WIDTHS`]. `progress` hears the share done,
/// from 0 to 1, after each step.
///
/// Bicubic (Catmull-Rom) from the original to the widest width, then from each width to the next
/// narrower one: Lanczos was sharper by a hair but a third slower on a 12-megapixel photo, and each
/// step halves at most, where bicubic loses nothing visible. The resizing works on 8-bit pixels
/// (`fast_image_resize`): the `image` crate's resize holds a 32-bit float copy of the picture, which made
/// a 12-megapixel photo need 195 MB, more than a low-end phone grants a worker. The picture is resized
/// as it was stored and each size turned upright afterwards, so that the full picture is never copied
/// to be turned.
pub fn process(bytes: &[u8], mut progress: impl FnMut(f32)) -> Result<Processed, PhotoProblem> {
    let (stored, orientation) = decode(bytes)?;
    progress(DECODED);
    let turned = swaps_sides(orientation);
    let (width, height) = if turned {
        (stored.height(), stored.width())
    } else {
        stored.dimensions()
    };
    let widths = widths_for(width);
    let mut resizer = Resizer::new();
    let mut files = Vec::with_capacity(widths.len());
    let mut source = stored;
    for (i, w) in widths.iter().rev().enumerate() {
        let h = height_at(width, height, *w);
        let size = if turned { (h, *w) } else { (*w, h) };
        let resized = if size == source.dimensions() {
            source
        } else {
            resize(&mut resizer, &source, size)?
        };
        let upright = upright(&resized, orientation);
        files.push(Resized {
            width: upright.width(),
            height: upright.height(),
            jpeg: encode(&upright)?,
        });
        source = resized;
        progress(DECODED + (1.0 - DECODED) * (i + 1) as f32 / widths.len() as f32);
    }
    files.reverse();
    Ok(Processed {
        width,
        height,
        placeholder: average_colour(&source),
        files,
    })
}

/// Whether turning by `orientation` makes the width the height.
fn swaps_sides(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

fn upright(picture: &RgbImage, orientation: Orientation) -> RgbImage {
    if orientation == Orientation::NoTransforms {
        return picture.clone();
    }
    let mut turned = DynamicImage::ImageRgb8(picture.clone());
    turned.apply_orientation(orientation);
    turned.into_rgb8()
}

fn resize(
    resizer: &mut Resizer,
    picture: &RgbImage,
    (width, height): (u32, u32),
) -> Result<RgbImage, PhotoProblem> {
    // Sizes come from a picture that decoded, so these fail only on a bug: never a panic, though.
    let source = ImageRef::new(
        picture.width(),
        picture.height(),
        picture.as_raw(),
        PixelType::U8x3,
    )
    .map_err(|_| PhotoProblem::Damaged)?;
    let mut resized = Image::new(width, height, PixelType::U8x3);
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(
        fast_image_resize::FilterType::CatmullRom,
    ));
    resizer
        .resize(&source, &mut resized, &options)
        .map_err(|_| PhotoProblem::Damaged)?;
    RgbImage::from_raw(width, height, resized.into_vec()).ok_or(PhotoProblem::Damaged)
}

/// The picture as it was stored, in 8-bit RGB, and how it must be turned to stand upright.
fn decode(bytes: &[u8]) -> Result<(RgbImage, Orientation), PhotoProblem> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(PhotoProblem::TooLarge {
            bytes: bytes.len() as u64,
            max: MAX_BYTES,
        });
    }
    let format = image::guess_format(bytes).map_err(|_| PhotoProblem::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(PhotoProblem::NotAnImage);
    }
    // The JPEG decoder fills a picture that stops early with grey instead of failing; a photo cut off
    // by an interrupted copy must be refused, not published half grey.
    if format == ImageFormat::Jpeg && jpeg_is_cut_off(bytes) {
        return Err(PhotoProblem::Damaged);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    // The size check below names the picture's size; the decoder's own limit would only say "too large".
    reader.no_limits();
    let mut decoder = reader.into_decoder().map_err(|e| problem(e, 0, 0))?;
    let (width, height) = decoder.dimensions();
    // JPEG stores sides of at most 65535 pixels; a narrow strip within the pixel limit could not be
    // written back.
    if u64::from(width) * u64::from(height) > MAX_PIXELS || width.max(height) > u32::from(u16::MAX)
    {
        return Err(PhotoProblem::TooManyPixels {
            width,
            height,
            max: MAX_PIXELS,
        });
    }
    let mut limits = Limits::default();
    // The decoded picture as 16-bit RGBA, the widest a PNG can be, and a copy for the conversion.
    limits.max_alloc = Some(MAX_PIXELS * 8 * 2);
    decoder
        .set_limits(limits)
        .map_err(|e| problem(e, width, height))?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let picture = DynamicImage::from_decoder(decoder).map_err(|e| problem(e, width, height))?;
    Ok((flatten(picture), orientation))
}

fn problem(e: ImageError, width: u32, height: u32) -> PhotoProblem {
    match e {
        ImageError::Unsupported(_) => PhotoProblem::NotAnImage,
        ImageError::Limits(_) => PhotoProblem::TooManyPixels {
            width,
            height,
            max: MAX_PIXELS,
        },
        _ => PhotoProblem::Damaged,
    }
}

/// Whether a JPEG ends before its picture does: no end-of-image marker after the main picture's first
/// scan. A marker cannot occur inside scan data (a 0xFF byte there is followed by 0x00), and the EXIF
/// thumbnail, which has markers of its own, comes before the main picture's scan.
fn jpeg_is_cut_off(bytes: &[u8]) -> bool {
    let mut at = 2;
    // Walk the segments before the first scan by their lengths, so the thumbnail's markers are skipped.
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return true;
        }
        let marker = bytes[at + 1];
        if marker == 0xFF {
            at += 1;
            continue;
        }
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        if marker == 0xDA {
            let scan = at + 2 + length;
            return !bytes
                .get(scan..)
                .is_some_and(|rest| rest.windows(2).any(|w| w == [0xFF, 0xD9]));
        }
        at += 2 + length;
    }
    true
}

/// RGB on white: a PNG's transparent background becomes the white of a catalogue page, not black.
fn flatten(picture: DynamicImage) -> RgbImage {
    if !picture.color().has_alpha() {
        return picture.into_rgb8();
    }
    let rgba = picture.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over_white = |c: u8| {
            let (c, a) = (u32::from(c), u32::from(a));
            ((c * a + 255 * (255 - a) + 127) / 255) as u8
        };
        image::Rgb([over_white(r), over_white(g), over_white(b)])
    })
}

fn encode(picture: &RgbImage) -> Result<Vec<u8>, PhotoProblem> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
        .encode(
            picture.as_raw(),
            picture.width(),
            picture.height(),
            ExtendedColorType::Rgb8,
        )
        .map_err(|_| PhotoProblem::Damaged)?;
    Ok(out)
}

fn average_colour(picture: &RgbImage) -> String {
    let mut sum = [0u64; 3];
    for p in picture.pixels() {
        for (s, c) in sum.iter_mut().zip(p.0) {
            *s += u64::from(c);
        }
    }
    let n = u64::from(picture.width()) * u64::from(picture.height());
    let [r, g, b] = sum.map(|s| (s / n.max(1)) as u8);
    format!("#{r:02x}{g:02x}{b:02x}")
}
