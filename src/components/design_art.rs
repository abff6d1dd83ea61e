use leptos::prelude::*;

use crate::domain::render::{ArtSpec, ArtText, render_svg};
use crate::domain::{Design, Motif};
use crate::i18n::{t_string, use_i18n};
use crate::labels;
use crate::state::use_lang;

/// The design's photo when it has one, otherwise its drawing, with an accessible name and description.
#[component]
pub fn DesignArt(
    design: Design,
    motifs: Vec<Motif>,
    #[prop(optional)] large: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let class = if large { "art art-large" } else { "art" };
    if let Some(photo) = design.photos.first().cloned() {
        return view! {
            <img
                class=class
                src=photo.src
                alt=move || photo.alt.get(lang.get()).to_owned()
                width=photo.width
                height=photo.height
                loading="lazy"
            />
        }
        .into_any();
    }
    let spec = ArtSpec::for_design(&design, &motifs);
    let svg = move || {
        let lang = lang.get();
        let form = labels::form(i18n, design.form);
        let motif = design
            .motifs
            .first()
            .and_then(|id| motifs.iter().find(|m| &m.id == id))
            .map(|m| m.name.get(lang).to_owned())
            .unwrap_or_else(|| t_string!(i18n, no_motif).to_string());
        let finish = labels::finish(i18n, design.finish).to_lowercase();
        let description = t_string!(
            i18n,
            art_description,
            form = form.to_lowercase(),
            motif = motif,
            finish = finish
        )
        .to_string();
        render_svg(
            &spec,
            &ArtText {
                title: design.name.get(lang),
                description: &description,
            },
        )
    };
    view! { <div class=class inner_html=svg></div> }.into_any()
}
