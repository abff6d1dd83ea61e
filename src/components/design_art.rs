use std::cell::RefCell;
use std::collections::HashMap;

use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::use_element_visibility;

use crate::components::PhotoImg;
use crate::domain::render::{ArtSpec, ArtText, render_svg, svg_data_url};
use crate::domain::{Design, Lang, Motif};
use crate::i18n::{t_string, use_i18n};
use crate::labels;
use crate::platform::frame::after_next_paint;
use crate::state::use_lang;

thread_local! {
    /// Drawings already made, by design, finish and language: a card that comes back into the results
    /// while someone types costs nothing.
    static DRAWN: RefCell<HashMap<String, Drawing>> = RefCell::new(HashMap::new());
}

const CACHE_LIMIT: usize = 600;
/// A valid, empty image source (an `<img>` without one is invalid HTML).
const NO_PICTURE: &str = "data:,";

/// A made drawing: the SVG, and what a screen reader says for it.
#[derive(Clone, PartialEq)]
struct Drawing {
    svg: String,
    description: String,
}

/// The design's photo when it has one, otherwise its drawing, with an accessible name and description.
/// Small drawings are made only once they scroll into view, so a page of results costs what is on screen.
/// The design may change while mounted (a results card showing another one), and the drawing with it.
#[component]
pub fn DesignArt(
    #[prop(into)] design: Signal<Design>,
    /// The design's lead motif (`Catalogue::lead_motif`), which the drawing is made of.
    #[prop(into)]
    motif: Signal<Option<Motif>>,
    #[prop(optional)] large: bool,
    /// Draw a new design in the same turn as its text instead of after the next paint: for a card
    /// whose text itself came a paint late (the results page's cards out of view), waiting once more
    /// would only add a frame to every keystroke.
    #[prop(optional, into)]
    draw_now: Signal<bool>,
    /// While true, a new design's drawing waits (the previous design's picture is hidden, so that no
    /// card shows or describes another design's) and is made once this turns false: for the results
    /// page while someone types. Making and decoding the pictures of every card in view kept the
    /// browser drawing frames for about as long as the keys came apart, so the frame after the next
    /// key often waited for the display's next tick instead of starting at once.
    #[prop(optional, into)]
    hold: Signal<bool>,
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
    // The drawing of whatever design and language are current when it runs.
    let make = move || {
        let lang = lang.get_untracked();
        let motif = motif.get_untracked();
        design.with_untracked(|design| draw(design, motif.as_ref(), lang, i18n, large))
    };
    // The large drawing is made now, so that the design page's first paint has it.
    let drawing = RwSignal::new(large.then(make));
    let generation = StoredValue::new(0u64);
    // The drawing shown is not the current design's: it waits for `hold` to end.
    let waiting = RwSignal::new(false);
    let draw = move || {
        waiting.set(false);
        drawing.set(Some(make()));
    };
    // Returns what it drew (or is about to draw), so that a run for anything else than a new design or
    // language (the card coming into view again, `hold` changing) redraws nothing.
    Effect::new(move |prev: Option<Option<String>>| {
        if !shown.get() {
            return None;
        }
        let key = design.with(|d| cache_key(d, lang.get()));
        if prev.flatten().as_ref() == Some(&key) && !waiting.get_untracked() {
            return Some(key);
        }
        if large {
            draw();
            return Some(key);
        }
        // While `hold` lasts, a card that has a picture hides it (a first one is made as usual).
        // `hold` is read only then, so its end runs this again.
        if drawing.with_untracked(Option::is_some) && hold.get() {
            generation.update_value(|g| *g += 1);
            waiting.set(true);
            return Some(key);
        }
        if draw_now.get_untracked() {
            draw();
            return Some(key);
        }
        // A card that now shows another design gets its text painted first and its drawing right
        // after that paint, even one already made: setting and decoding eight pictures would otherwise
        // double the time from a keystroke to the results. Until then, for that frame, the card keeps
        // its previous picture, which is less jarring than a blank that flashes for one frame.
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        after_next_paint(move || {
            // Skipped when another design came (it has its own turn) or the card is gone (its
            // signals went with `generation`).
            if generation.try_get_value() == Some(mine) {
                draw();
            }
        });
        Some(key)
    });
    // Only a change between photo and drawing rebuilds the element; another design redraws in place.
    move || {
        match photo.get() {
        Some(photo) => view! {
            <PhotoImg
                photo=photo
                class=class
                sizes=if large { "(min-width: 60em) 40em, 100vw" } else { "(min-width: 60em) 20em, 50vw" }
                loading=if large { "eager" } else { "lazy" }
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
                <img
                    // Not shown, nor read out, while it is the previous design's picture.
                    hidden=move || waiting.get() || drawing.with(Option::is_none)
                    // An `<img>` must have a source, even hidden: an empty `data:` URL until the drawing
                    // is made (one element per card, kept while the card shows other designs).
                    src=move || drawing.with(|d| d.as_ref().map_or_else(|| NO_PICTURE.to_owned(), |d| d.svg.clone()))
                    // Empty (not absent) while there is nothing to describe.
                    alt=move || drawing.with(|d| d.as_ref().map(|d| d.description.clone()).unwrap_or_default())
                    width="240"
                    height="240"
                />
            </div>
        }
        .into_any(),
    }
    }
}

fn cache_key(design: &Design, lang: Lang) -> String {
    format!("{}|{}|{}", design.id, design.finish.key(), lang.code())
}

/// Draws (or finds already drawn) one design in one language.
fn draw(
    design: &Design,
    motif: Option<&Motif>,
    lang: Lang,
    i18n: crate::i18n::I18n,
    large: bool,
) -> Drawing {
    let key = cache_key(design, lang);
    if let Some(hit) = DRAWN.with(|c| c.borrow().get(&key).cloned()) {
        return hit;
    }
    let form = labels::form(i18n, design.form);
    let motif_name = motif
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
        &ArtSpec::for_design(design, motif),
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
}
