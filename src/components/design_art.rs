use std::cell::RefCell;
use std::collections::HashMap;

use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::use_element_visibility;

use crate::domain::render::{ArtSpec, ArtText, render_svg};
use crate::domain::{Design, Motif};
use crate::i18n::{t_string, use_i18n};
use crate::labels;
use crate::state::use_lang;

thread_local! {
    /// Drawings already made, by design, finish and language: a card that comes back into the results
    /// while someone types costs nothing.
    static DRAWN: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

const CACHE_LIMIT: usize = 600;

/// The design's photo when it has one, otherwise its drawing, with an accessible name and description.
/// Small drawings are made only once they scroll into view, so a page of results costs what is on screen.
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
    let host: NodeRef<Div> = NodeRef::new();
    let shown = RwSignal::new(large);
    if !large {
        let visible = use_element_visibility(host);
        Effect::new(move |_| {
            if visible.get() {
                shown.set(true);
            }
        });
    }
    let spec = ArtSpec::for_design(&design, &motifs);
    let svg = move || {
        if !shown.get() {
            return String::new();
        }
        let lang = lang.get();
        let key = format!("{}|{}|{}", design.id, design.finish.key(), lang.code());
        if let Some(hit) = DRAWN.with(|c| c.borrow().get(&key).cloned()) {
            return hit;
        }
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
        let svg = render_svg(
            &spec,
            &ArtText {
                title: design.name.get(lang),
                description: &description,
            },
        );
        DRAWN.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= CACHE_LIMIT {
                c.clear();
            }
            c.insert(key, svg.clone());
        });
        svg
    };
    view! { <div class=class node_ref=host inner_html=svg></div> }.into_any()
}
