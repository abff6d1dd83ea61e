//! A maker's photo through the worker's code, natively: upright, no metadata, three widths, and every
//! bad file refused with its own problem.
#![cfg(not(target_arch = "wasm32"))]

use perak_photo::sample::{GPS_LATITUDE, phone_jpeg, png_header_only, stored_as_phone};
use perak_photo::{MAX_BYTES, MAX_PIXELS, PhotoProblem, Processed, process};
use proptest::prelude::*;

fn decode(jpeg: &[u8]) -> image::RgbImage {
    image::load_from_memory_with_format(jpeg, image::ImageFormat::Jpeg)
        .expect("a written width decodes")
        .into_rgb8()
}

fn run(bytes: &[u8]) -> Result<Processed, PhotoProblem> {
    process(bytes, |_| {})
}

#[test]
fn a_phone_photo_on_its_side_comes_out_upright_at_three_widths() {
    // The sensor's picture is landscape (left red, right blue); EXIF 6 says: turn 90° clockwise.
    let photo = run(&phone_jpeg(2400, 1800, 6)).expect("a phone photo is taken");
    assert_eq!(
        (photo.width, photo.height),
        (1800, 2400),
        "portrait once upright"
    );
    let sizes: Vec<_> = photo.files.iter().map(|f| (f.width, f.height)).collect();
    assert_eq!(
        sizes,
        vec![(400, 533), (960, 1280), (1800, 2400)],
        "never enlarged"
    );
    for f in &photo.files {
        let picture = decode(&f.jpeg);
        assert_eq!((picture.width(), picture.height()), (f.width, f.height));
        // Turned clockwise, the sensor's left (red) is now the top.
        let top = picture.get_pixel(f.width / 2, f.height / 8).0;
        let bottom = picture.get_pixel(f.width / 2, f.height * 7 / 8).0;
        assert!(top[0] > 150 && top[2] < 90, "top is red: {top:?}");
        assert!(
            bottom[2] > 150 && bottom[0] < 90,
            "bottom is blue: {bottom:?}"
        );
    }
}

/// Each of the eight EXIF orientations ends upright as the `image` crate turns the full picture: the
/// photo is resized as stored and only its sizes are turned, so the quadrants must still land where
/// turning first would put them.
#[test]
fn every_exif_orientation_ends_as_turning_the_full_picture_would() {
    let colours = [[220, 30, 30], [30, 200, 30], [30, 30, 220], [235, 235, 235]];
    let stored = image::RgbImage::from_fn(600, 400, |x, y| {
        image::Rgb(colours[usize::from(x >= 300) + 2 * usize::from(y >= 200)])
    });
    let quadrants = |p: &image::RgbImage| {
        let (w, h) = p.dimensions();
        [
            (w / 4, h / 4),
            (w * 3 / 4, h / 4),
            (w / 4, h * 3 / 4),
            (w * 3 / 4, h * 3 / 4),
        ]
        .map(|(x, y)| p.get_pixel(x, y).0)
    };
    for orientation in 1..=8u16 {
        let photo = run(&stored_as_phone(&stored, orientation)).expect("a photo");
        let mut expected = image::DynamicImage::ImageRgb8(stored.clone());
        expected
            .apply_orientation(image::metadata::Orientation::from_exif(orientation as u8).unwrap());
        let expected = expected.into_rgb8();
        assert_eq!(
            (photo.width, photo.height),
            expected.dimensions(),
            "orientation {orientation}"
        );
        for f in &photo.files {
            let got = decode(&f.jpeg);
            assert_eq!(got.dimensions(), (f.width, f.height));
            for (g, e) in quadrants(&got).iter().zip(quadrants(&expected)) {
                let near = g.iter().zip(e).all(|(a, b)| a.abs_diff(b) < 40);
                assert!(
                    near,
                    "orientation {orientation}, {}px: {g:?} where {e:?}",
                    f.width
                );
            }
        }
    }
}

#[test]
fn nothing_of_the_phone_metadata_is_written() {
    let original = phone_jpeg(1200, 900, 6);
    let has = |bytes: &[u8], needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(
        has(&original, b"Exif\0\0") && has(&original, &GPS_LATITUDE),
        "the sample carries them"
    );
    let photo = run(&original).expect("taken");
    for f in &photo.files {
        assert!(!has(&f.jpeg, b"Exif"), "no EXIF block");
        assert!(!has(&f.jpeg, &GPS_LATITUDE), "no GPS position");
        assert!(!has(&f.jpeg, &[0xFF, 0xE1]), "no APP1 segment of any kind");
    }
}

#[test]
fn a_twelve_megapixel_photo_gets_the_three_catalogue_widths() {
    let photo = run(&phone_jpeg(4000, 3000, 1)).expect("taken");
    let widths: Vec<_> = photo.files.iter().map(|f| f.width).collect();
    assert_eq!(widths, vec![400, 960, 1920]);
    assert_eq!(photo.files[2].height, 1440);
    assert!(photo.placeholder.starts_with('#') && photo.placeholder.len() == 7);
}

#[test]
fn progress_rises_to_the_end() {
    let mut seen = Vec::new();
    process(&phone_jpeg(1000, 800, 1), |done| seen.push(done)).expect("taken");
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    assert_eq!(seen.last().copied(), Some(1.0));
}

#[test]
fn a_transparent_png_is_put_on_white() {
    let picture = image::RgbaImage::from_pixel(500, 500, image::Rgba([0, 0, 0, 0]));
    let mut png = Vec::new();
    picture
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("png");
    let photo = run(&png).expect("taken");
    let p = decode(&photo.files[0].jpeg).get_pixel(10, 10).0;
    assert!(p.iter().all(|c| *c > 240), "white, not black: {p:?}");
    assert_eq!(photo.placeholder, "#ffffff");
}

#[test]
fn a_renamed_text_file_is_not_an_image() {
    assert_eq!(
        run(b"Harga cincin: Rp 1.500.000\n"),
        Err(PhotoProblem::NotAnImage)
    );
    assert_eq!(run(b""), Err(PhotoProblem::NotAnImage));
    // A GIF is a picture, but not one a phone camera gives; refused by name, not decoded.
    assert_eq!(
        run(b"GIF89a\x01\x00\x01\x00"),
        Err(PhotoProblem::NotAnImage)
    );
}

#[test]
fn a_truncated_jpeg_is_damaged_not_half_grey() {
    let whole = phone_jpeg(800, 600, 1);
    for cut in [whole.len() / 2, whole.len() - 2, 400, 3] {
        assert_eq!(
            run(&whole[..cut]),
            Err(PhotoProblem::Damaged),
            "cut at {cut}"
        );
    }
    // Bytes after the end marker (some phones append a video there) are no damage.
    let mut longer = whole.clone();
    longer.extend_from_slice(b"ftypmp42 ... a motion photo's video");
    assert!(run(&longer).is_ok());
}

#[test]
fn a_decompression_bomb_is_refused_before_decoding() {
    assert_eq!(
        run(&png_header_only(20_000, 20_000)),
        Err(PhotoProblem::TooManyPixels {
            width: 20_000,
            height: 20_000,
            max: MAX_PIXELS
        })
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let huge = vec![0u8; MAX_BYTES as usize + 1];
    assert_eq!(
        run(&huge),
        Err(PhotoProblem::TooLarge {
            bytes: MAX_BYTES + 1,
            max: MAX_BYTES
        })
    );
}

#[test]
fn problems_travel_as_json() {
    let p = PhotoProblem::TooManyPixels {
        width: 20_000,
        height: 20_000,
        max: MAX_PIXELS,
    };
    let text = serde_json::to_string(&p).expect("json");
    assert_eq!(
        serde_json::from_str::<PhotoProblem>(&text).expect("read"),
        p
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a file holds, the worker answers with a photo or a problem, never a panic.
    #[test]
    fn no_bytes_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048), flip in any::<(usize, u8)>()) {
        let _ = run(&bytes);
        let mut jpeg = phone_jpeg(64, 48, 6);
        let at = flip.0 % jpeg.len();
        jpeg[at] ^= flip.1;
        let _ = run(&jpeg);
    }
}
