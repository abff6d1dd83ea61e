use gloo_net::http::Request;

use crate::domain::{DataFile, Fetched};

/// Fetches one catalogue file from `/data/`. Never fails: every outcome is a [`Fetched`] that the loader
/// turns into a message for the user.
pub async fn fetch_data_file(file: DataFile) -> Fetched {
    let url = format!("/data/{}", file.file_name());
    let response = match Request::get(&url).send().await {
        Ok(r) => r,
        Err(e) => return Fetched::Unreachable(e.to_string()),
    };
    match response.status() {
        404 => Fetched::Missing,
        200..=299 => match response.text().await {
            Ok(text) => Fetched::Text(text),
            Err(e) => Fetched::Unreachable(e.to_string()),
        },
        status => Fetched::Unreachable(format!("HTTP {status}")),
    }
}
