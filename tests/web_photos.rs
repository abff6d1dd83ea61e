//! In-browser tests of the photo worker's messages (both sides use `perak_photo::protocol`) and of the
//! studio's photo files in IndexedDB.
#![cfg(target_arch = "wasm32")]

use perak_batankrajan::platform::{photo_store, photo_worker::PhotoWorker};
use perak_photo::protocol::{Reply, read_request, request};
use perak_photo::{PhotoProblem, Processed, Resized};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_request_carries_the_file_and_transfers_its_buffer() {
    let bytes = js_sys::Uint8Array::from(&[0xFF, 0xD8, 0xFF, 1, 2, 3][..]);
    let (message, transfer) = request("job-1", &bytes);
    assert_eq!(
        transfer.length(),
        1,
        "the file's buffer moves, it is not copied"
    );
    assert_eq!(
        read_request(&message),
        Some(("job-1".to_owned(), vec![0xFF, 0xD8, 0xFF, 1, 2, 3]))
    );
    assert_eq!(read_request(&JsValue::from_str("job-1")), None);
}

#[wasm_bindgen_test]
fn every_reply_reads_back_as_it_was_sent() {
    let done = Reply::Done {
        id: "job-2".into(),
        memory: 96 * 1024 * 1024,
        photo: Processed {
            width: 3000,
            height: 4000,
            placeholder: "#aa8844".into(),
            files: vec![
                Resized {
                    width: 400,
                    height: 533,
                    jpeg: vec![0xFF, 0xD8, 1],
                },
                Resized {
                    width: 960,
                    height: 1280,
                    jpeg: vec![0xFF, 0xD8, 2],
                },
            ],
        },
    };
    let (message, transfer) = done.to_js();
    assert_eq!(
        transfer.length(),
        2,
        "each written file's buffer is transferred"
    );
    assert_eq!(Reply::from_js(&message), Some(done));
    for reply in [
        Reply::Ready,
        Reply::Progress {
            id: "job-2".into(),
            done: 0.5,
        },
        Reply::Failed {
            id: "job-3".into(),
            problem: PhotoProblem::TooManyPixels {
                width: 20_000,
                height: 20_000,
                max: 50_000_000,
            },
        },
    ] {
        assert_eq!(Reply::from_js(&reply.to_js().0), Some(reply));
    }
}

#[wasm_bindgen_test]
fn a_message_of_another_shape_is_no_reply() {
    let odd = js_sys::Object::new();
    js_sys::Reflect::set(&odd, &"type".into(), &"done".into()).unwrap();
    js_sys::Reflect::set(&odd, &"id".into(), &"job-4".into()).unwrap();
    assert_eq!(Reply::from_js(&odd), None, "a photo without its files");
    assert_eq!(Reply::from_js(&JsValue::from_f64(3.0)), None);
    assert_eq!(Reply::from_js(&JsValue::NULL), None);
}

#[wasm_bindgen_test]
fn without_the_release_build_there_is_no_worker_to_start() {
    // The test page has no boot script beside a worker; the studio then says photos cannot be added.
    assert!(PhotoWorker::new().is_none());
}

#[wasm_bindgen_test]
async fn photo_files_are_kept_and_removed_whole() {
    let files = vec![
        ("/photos/t1-400.jpg".to_owned(), vec![0xFF, 0xD8, 0xFF, 4]),
        (
            "/photos/t1-960.jpg".to_owned(),
            vec![0xFF, 0xD8, 0xFF, 9, 6],
        ),
    ];
    photo_store::put(files.clone()).await.unwrap();
    for (path, bytes) in &files {
        assert_eq!(photo_store::get(path).await.unwrap().as_ref(), Some(bytes));
    }
    let paths: Vec<String> = files.iter().map(|(p, _)| p.clone()).collect();
    photo_store::delete(&paths).await.unwrap();
    assert_eq!(photo_store::get("/photos/t1-400.jpg").await.unwrap(), None);
}

#[wasm_bindgen_test]
fn a_done_reply_from_a_worker_that_does_not_say_its_memory_reads_as_zero() {
    let done = Reply::Done {
        id: "job-3".into(),
        memory: 5,
        photo: Processed {
            width: 10,
            height: 10,
            placeholder: "#000000".into(),
            files: Vec::new(),
        },
    };
    let (message, _) = done.to_js();
    js_sys::Reflect::delete_property(message.unchecked_ref::<js_sys::Object>(), &"memory".into())
        .unwrap();
    match Reply::from_js(&message) {
        Some(Reply::Done { memory, .. }) => assert_eq!(memory, 0),
        other => panic!("{other:?}"),
    }
}
