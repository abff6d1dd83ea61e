use std::cell::RefCell;
use std::collections::HashMap;

use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::use_element_visibility;

use crate::domain::render::{ArtSpec, ArtText, render_svg, svg_data_url};
use crate::domain::{Design, Motif};
use crate::i18n::{t_string, use_i18n};
use crate::labels;
use crate::state::use_lang;

thread_local! {
    /// Drawings already made, by design, finish and language: a card that comes back into the results
    /// while someone types costs nothing.
    static DRAWN: RefCell<HashMap<String, Drawing>> = RefCell::new(HashMap::new());
}

const CACHE_LIMIT: usize = 600;

/// A made drawing: the SVG, and what a screen reader says for it.
#[derive(Clone, PartialEq)]
struct Drawing {
    svg: String,
    description: String,
}

/// The design's photo when it has one, otherwise its drawing, with an accessible name and description.
/// Small drawings are made only once they scroll into view, so a page of results costs what is on screen.
/// Both props may change while mounted (a results card showing another design): the drawing follows.
#[component]
pub fn DesignArt(
    #[prop(into)] design: Signal<Design>,
    /// The design's lead motif (`Catalogue::lead_motif`), which the drawing is made of.
    #[prop(into)]
    motif: Signal<Option<Motif>>,
    #[prop(optional)] large: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let class = if large { "art art-large" } else { "art" };
    let photo = Memo::new(move |_| design.with(|d| d.photos.first().cloned()));
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
    let drawing = Memo::new(move |_| {
        if !shown.get() {
            return None;
        }
        let lang = lang.get();
        let motif = motif.read();
        Some(design.with(|design| {
            let key = format!("{}|{}|{}", design.id, design.finish.key(), lang.code());
            if let Some(hit) = DRAWN.with(|c| c.borrow().get(&key).cloned()) {
                return hit;
            }
            let form = labels::form(i18n, design.form);
            let motif_name = motif
                .as_ref()
                .map(|m| m.name.get(lang).to_owned())
                .unwrap_or_else(|| t_string!(i18n, no_motif).to_string());
            let finish = labels::finish(i18n, design.finish).to_lowercase();
            let description = t_string!(
                i18n,
                art_description,
                form = form.to_lowercase(),
                motif = motif_name,
                finish = finish
            )
            .to_string();
            let svg = render_svg(
                &ArtSpec::for_design(design, motif.as_ref()),
                &ArtText {
                    title: design.name.get(lang),
                    description: &description,
                },
            );
            // Small drawings go in as images (see `svg_data_url`); the large one stays inline SVG.
            let svg = if large { svg } else { svg_data_url(&svg) };
            let drawing = Drawing { svg, description };
            DRAWN.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= CACHE_LIMIT {
                    c.clear();
                }
                c.insert(key, drawing.clone());
            });
            drawing
        }))
    });
    // Only a change between photo and drawing rebuilds the element; another design redraws in place.
    move || match photo.get() {
        Some(photo) => view! {
            <img
                class=class
                src=photo.src
                alt=move || photo.alt.get(lang.get()).to_owned()
                width=photo.width
                height=photo.height
                loading="lazy"
            />
        }
        .into_any(),
        None if large => {
            let svg =
                move || drawing.with(|d| d.as_ref().map(|d| d.svg.clone()).unwrap_or_default());
            view! { <div class=class node_ref=host inner_html=svg></div> }.into_any()
        }
        None => view! {
            <div class=class node_ref=host>
                <Show when=move || drawing.with(Option::is_some)>
                    <img
                        src=move || drawing.with(|d| d.as_ref().map(|d| d.svg.clone()))
                        alt=move || drawing.with(|d| d.as_ref().map(|d| d.description.clone()))
                        width="240"
                        height="240"
                    />
                </Show>
            </div>
        }
        .into_any(),
    }
}
