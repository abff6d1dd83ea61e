//! Photos as a phone writes them, for the tests: EXIF with an orientation and a GPS position.

use image::codecs::jpeg::JpegEncoder;
use image::{ExtendedColorType, RgbImage};

/// Latitude written into [`phone_jpeg`]'s GPS block, as three rationals: 7° 28' 45.12" (Mojokerto).
/// A test finds these bytes in a file that still carries the position.
pub const GPS_LATITUDE: [u8; 24] = [
    0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 0, 28, 0, 0, 0, 1, 0, 0, 0x11, 0xA0, 0, 0, 0, 100,
];

/// A `width` x `height` JPEG as a phone stores it: the sensor's picture (left half red, right half
/// blue, with a fine pattern so that it compresses like a photo) and an EXIF block saying it must be
/// turned by `orientation` (6: 90° clockwise) and where it was taken.
pub fn phone_jpeg(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let picture = RgbImage::from_fn(width, height, |x, y| {
        let grain = ((x * 7 + y * 13) % 32) as u8;
        if x < width / 2 {
            image::Rgb([200 + grain / 2, 30 + grain, 30])
        } else {
            image::Rgb([30, 30 + grain, 200 + grain / 2])
        }
    });
    stored_as_phone(&picture, orientation)
}

/// `picture` as a phone stores it: a JPEG with an EXIF block saying it must be turned by `orientation`
/// and where it was taken.
pub fn stored_as_phone(picture: &RgbImage, orientation: u16) -> Vec<u8> {
    let (width, height) = picture.dimensions();
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode(picture.as_raw(), width, height, ExtendedColorType::Rgb8)
        .expect("encoding a picture made here");
    let exif = exif(orientation);
    let mut out = Vec::with_capacity(jpeg.len() + exif.len() + 4);
    out.extend_from_slice(&jpeg[..2]);
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&exif);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// `Exif\0\0` and a big-endian TIFF block: IFD0 with the orientation and a pointer to a GPS IFD holding
/// the latitude's reference and value.
fn exif(orientation: u16) -> Vec<u8> {
    let mut t = Vec::new();
    t.extend_from_slice(b"MM\0\x2A");
    t.extend_from_slice(&8u32.to_be_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        t.extend_from_slice(&tag.to_be_bytes());
        t.extend_from_slice(&kind.to_be_bytes());
        t.extend_from_slice(&count.to_be_bytes());
        t.extend_from_slice(&value);
    };
    // IFD0 at 8, 30 bytes; the GPS IFD at 38, 30 bytes; the latitude's rationals at 68.
    t.extend_from_slice(&2u16.to_be_bytes());
    let o = orientation.to_be_bytes();
    entry(&mut t, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    entry(&mut t, 0x8825, 4, 1, 38u32.to_be_bytes());
    t.extend_from_slice(&0u32.to_be_bytes());
    t.extend_from_slice(&2u16.to_be_bytes());
    entry(&mut t, 0x0001, 2, 2, [b'S', 0, 0, 0]);
    entry(&mut t, 0x0002, 5, 3, 68u32.to_be_bytes());
    t.extend_from_slice(&0u32.to_be_bytes());
    t.extend_from_slice(&GPS_LATITUDE);
    let mut out = b"Exif\0\0".to_vec();
    out.extend_from_slice(&t);
    out
}

/// A PNG that declares `width` x `height` pixels and holds almost nothing: a decompression bomb's header.
pub fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    // A zlib stream of a few zero rows: what a bomb holds before its (absent) billions of pixels.
    chunk(
        &mut out,
        b"IDAT",
        &[0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01],
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = 0xFFFF_FFFFu32;
    for b in kind.iter().chain(data) {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    out.extend_from_slice(&(!crc).to_be_bytes());
}
