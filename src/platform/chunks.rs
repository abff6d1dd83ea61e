//! Code that arrives on demand. In the release build (`split` feature, `scripts/build.sh`) a function
//! marked `wasm_split(chunk, fallible)` lives in its own chunk, fetched the first time it is called;
//! elsewhere (tests, `cargo check`) it is an ordinary function in the one module.

/// Why a chunk's code is missing: it could not be fetched or started (the network went away before
/// the service worker had stored it). The loader does not remember a failure: calling again retries.
#[derive(Debug)]
pub struct ChunkError;

#[cfg(all(feature = "split", target_arch = "wasm32"))]
impl From<wasm_split_helpers::SplitLoaderError> for ChunkError {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        Self
    }
}
