use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::{files, photo_store};

/// A photo file as the studio shows it: from this device's photo store when the studio made it, else
/// from the site (a published design's photo, which the service worker may hold). Until it is known,
/// its placeholder colour holds its place.
#[component]
pub fn DevicePhoto(
    /// The file's catalogue path (`/photos/…`).
    path: String,
    width: u32,
    height: u32,
    placeholder: Option<String>,
    #[prop(into)] alt: Signal<String>,
) -> impl IntoView {
    let url = RwSignal::new(None::<String>);
    let blob = StoredValue::new(None::<String>);
    spawn_local(async move {
        let src = match photo_store::get(&path).await {
            Ok(Some(bytes)) => files::object_url(&bytes, "image/jpeg"),
            _ => None,
        };
        let from_device = src.is_some();
        // The photo may have left the page meanwhile: then its address is given back at once.
        match url.try_set(Some(src.clone().unwrap_or(path))) {
            Some(_) => {
                if let Some(u) = src {
                    files::revoke(&u);
                }
            }
            None if from_device => blob.set_value(src),
            None => {}
        }
    });
    on_cleanup(move || {
        if let Some(u) = blob.try_get_value().flatten() {
            files::revoke(&u);
        }
    });
    let ratio = format!("{width} / {height}");
    move || match url.get() {
        Some(src) => view! {
            <img src=src alt=move || alt.get() width=width height=height
                style:background-color=placeholder.clone() />
        }
        .into_any(),
        None => view! {
            <span class="photo-pending" style:aspect-ratio=ratio.clone()
                style:background-color=placeholder.clone()></span>
        }
        .into_any(),
    }
}
