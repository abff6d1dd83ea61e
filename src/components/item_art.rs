use std::sync::Arc;

use leptos::prelude::*;

use crate::components::PhotoImg;
use crate::domain::render::{ArtText, render_svg};
use crate::domain::{Catalogue, ItemRef};
use crate::i18n::{t_string, use_i18n};
use crate::labels;
use crate::state::use_lang;

/// The picture of any item (a design, motif, trend, sketch or mixer design), with its accessible name;
/// nothing for an item the catalogue no longer has. A design or trend reference with photos shows its
/// cover photo, so that the compare studio puts two photographed pieces side by side as on a
/// workbench, with its credit when it is somebody else's; everything else is drawn.
#[component]
pub fn ItemArt(
    catalogue: Arc<Catalogue>,
    target: ItemRef,
    /// Whether a credited photo shows its credit under it; a page that shows the picture where a
    /// caption would be hidden (the compare studio's zoom) says the credit elsewhere itself.
    #[prop(default = true)]
    credit: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    if let Some(photo) = catalogue.cover(&target).cloned() {
        return view! { <PhotoImg photo=photo class="art" sizes="(min-width: 60em) 30em, 100vw" loading="eager" credit=credit /> }
            .into_any();
    }
    let svg = move || {
        let lang = lang.get();
        let (Some(spec), Some(name)) = (
            catalogue.item_art(&target),
            labels::item_name(lang, &catalogue, &target),
        ) else {
            return String::new();
        };
        let kind = match &target {
            ItemRef::Design(_) => t_string!(i18n, kind_design),
            ItemRef::Motif(_) => t_string!(i18n, kind_motif),
            ItemRef::Trend(_) => t_string!(i18n, kind_trend),
            ItemRef::Sketch { .. } => t_string!(i18n, kind_sketch),
            ItemRef::Mix(_) => t_string!(i18n, mixer_drawing),
        };
        render_svg(
            &spec,
            &ArtText {
                title: &name,
                description: kind,
            },
        )
    };
    view! { <div class="art" inner_html=svg></div> }.into_any()
}
