//! In-browser tests of components: form fields, boards, result cards, the quantity field, deferred values,
//! the search box, visibility, the header's sideways row, the filter panel.
#![cfg(target_arch = "wasm32")]

mod web_support;

use leptos::prelude::*;
use perak_batankrajan::domain::{DataFile, Fetched};
use perak_batankrajan::state::{provide_currency, provide_locale};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{button, document, new_host, next_frame, tick};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_text_field_ties_its_hint_and_error_to_the_input() {
    use perak_batankrajan::components::TextField;
    use perak_batankrajan::i18n::td_string;

    let host = new_host();
    let error = RwSignal::new(None::<String>);
    let typed = RwSignal::new(String::new());
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        view! {
            <TextField id="f-name" label=|l| td_string!(l, field_name) hint=|l| td_string!(l, inq_whatsapp_hint)
                value=Signal::derive(move || typed.get()) on_input=Callback::new(move |v| typed.set(v))
                error=error.into() />
        }
    });
    tick().await;
    let input: web_sys::HtmlInputElement = host
        .query_selector("#f-name")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let label = host.query_selector("label[for=f-name]").unwrap().unwrap();
    assert_eq!(label.text_content().unwrap().trim(), "Nama");
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("f-name-hint")
    );
    assert_eq!(input.get_attribute("aria-invalid"), None);

    input.set_value("Ayu");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(typed.get_untracked(), "Ayu");

    error.set(Some("Nama wajib diisi.".into()));
    tick().await;
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("f-name-hint f-name-error")
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message = host.query_selector("#f-name-error").unwrap().unwrap();
    assert_eq!(message.text_content().unwrap(), "Nama wajib diisi.");
    assert_eq!(input.value(), "Ayu", "an error never clears what was typed");
}

#[wasm_bindgen_test]
async fn a_select_field_and_a_check_group_report_choices_and_tie_their_messages() {
    use perak_batankrajan::components::{CheckGroup, SelectField};
    use perak_batankrajan::i18n::td_string;

    let host = new_host();
    let error = RwSignal::new(None::<String>);
    let chosen = RwSignal::new(String::new());
    let ticked = RwSignal::new(vec!["b".to_owned()]);
    let options = Signal::derive(|| {
        vec![
            ("a".to_owned(), "Satu".to_owned()),
            ("b".to_owned(), "Dua".to_owned()),
        ]
    });
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        view! {
            <SelectField id="f-pick" label=|l| td_string!(l, studio_workshop) options=options
                value=Signal::derive(move || chosen.get()) on_change=Callback::new(move |v| chosen.set(v))
                error=error />
            <CheckGroup id="f-box" legend=|l| td_string!(l, studio_motifs) options=options
                chosen=Signal::derive(move || ticked.get())
                on_toggle=Callback::new(move |(v, on): (String, bool)| ticked.update(|t| {
                    t.retain(|x| *x != v);
                    if on { t.push(v) }
                }))
                error=Signal::derive(|| None::<String>) />
        }
    });
    tick().await;
    let select: web_sys::HtmlSelectElement = host
        .query_selector("#f-pick")
        .unwrap()
        .unwrap()
        .unchecked_into();
    // Nothing chosen yet: the "choose" entry, then the options in the reader's language.
    assert_eq!(select.value(), "");
    assert_eq!(select.length(), 3);
    select.set_value("b");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(chosen.get_untracked(), "b");
    error.set(Some("Bengkel wajib dipilih.".into()));
    tick().await;
    assert_eq!(
        select.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        select.get_attribute("aria-describedby").as_deref(),
        Some("f-pick-error")
    );
    assert_eq!(
        host.query_selector("#f-pick-error")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Bengkel wajib dipilih."
    );

    let boxes = |id: &str| -> web_sys::HtmlInputElement {
        host.query_selector(&format!("#f-box-{id}"))
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    assert!(!boxes("a").checked());
    assert!(boxes("b").checked());
    let label = host.query_selector("label[for=f-box-a]").unwrap().unwrap();
    assert_eq!(label.text_content().unwrap(), "Satu");
    boxes("a").click();
    tick().await;
    boxes("b").click();
    tick().await;
    assert_eq!(ticked.get_untracked(), ["a"]);
}

#[wasm_bindgen_test]
async fn save_to_board_creates_a_board_keeps_the_note_and_persists_it() {
    use perak_batankrajan::components::SaveToBoard;
    use perak_batankrajan::domain::ItemRef;
    use perak_batankrajan::state::{provide_boards, use_boards};

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("perak.boards").unwrap();
    let host = new_host();
    let count = RwSignal::new(0usize);
    let target = RwSignal::new(ItemRef::motif("kawung"));
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        provide_boards();
        let boards = use_boards();
        Effect::new(move |_| count.set(boards.list().with(|l| l.len())));
        view! {
            <leptos_router::components::Router>
                <SaveToBoard id="t" target=target label=Signal::stored("Kawung".to_string()) />
            </leptos_router::components::Router>
        }
    });
    tick().await;
    let input = |id: &str| -> web_sys::HtmlInputElement {
        host.query_selector(&format!("#{id}"))
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    let submit = || {
        let form: web_sys::HtmlFormElement = host
            .query_selector("form")
            .unwrap()
            .unwrap()
            .unchecked_into();
        form.request_submit().unwrap();
    };
    let status = || {
        host.query_selector(".save-board-status")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    };

    // No name: the problem is named and nothing is created.
    submit();
    tick().await;
    assert_eq!(status().trim(), "Beri nama papan.");
    assert_eq!(count.get_untracked(), 0);

    input("t-name").set_value("Pameran Bali");
    input("t-name")
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    let note: web_sys::HtmlTextAreaElement = host
        .query_selector("#t-note")
        .unwrap()
        .unwrap()
        .unchecked_into();
    note.set_value("Versi oksidasi");
    note.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    submit();
    tick().await;
    assert!(
        status().contains("Disimpan ke papan Pameran Bali."),
        "{}",
        status()
    );
    assert_eq!(count.get_untracked(), 1);
    tick().await;
    let stored = storage
        .get_item("perak.boards")
        .unwrap()
        .unwrap_or_default();
    assert!(
        stored.contains("Pameran Bali") && stored.contains("Versi oksidasi"),
        "{stored}"
    );
    // The new board is now the one chosen, so the next save goes to it.
    let select: web_sys::HtmlSelectElement = host
        .query_selector("#t-board")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(select.selected_index(), 0);

    // The item can change under the form (the mixer's design does with every control): the note being
    // written stays, and what is saved is the item of that moment.
    use perak_batankrajan::domain::studio::mixer::Mix;
    note.set_value("Kelopak rapat");
    note.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    target.set(ItemRef::Mix(Mix::default()));
    tick().await;
    target.set(ItemRef::Mix(Mix {
        count: 12,
        ..Mix::default()
    }));
    tick().await;
    assert_eq!(note.value(), "Kelopak rapat");
    submit();
    tick().await;
    tick().await;
    let stored = storage
        .get_item("perak.boards")
        .unwrap()
        .unwrap_or_default();
    assert!(
        stored.contains("\"mix:pendant.majapahit_sun.12.3.casting.polished.925.100\"")
            && stored.contains("Kelopak rapat")
            && !stored.contains("majapahit_sun.8."),
        "{stored}"
    );
    assert_eq!(count.get_untracked(), 1, "saved to the board chosen");
}

fn shipped_catalogue() -> perak_batankrajan::domain::Catalogue {
    use perak_batankrajan::domain::load_catalogue;
    load_catalogue(|f| {
        Fetched::Text(
            match f {
                DataFile::Settings => include_str!("../public/data/settings.json"),
                DataFile::Workshops => include_str!("../public/data/workshops.json"),
                DataFile::Motifs => include_str!("../public/data/motifs.json"),
                DataFile::Trends => include_str!("../public/data/trends.json"),
                DataFile::Designs => include_str!("../public/data/designs.json"),
            }
            .to_owned(),
        )
    })
    .unwrap()
}

/// The catalogue's first design and another of another form and workshop, so that a card switching
/// between them must change its drawing, its description and its workshop line.
fn two_designs(
    catalogue: &perak_batankrajan::domain::Catalogue,
) -> (
    perak_batankrajan::domain::Design,
    perak_batankrajan::domain::Design,
) {
    let first = catalogue.designs[0].clone();
    let second = catalogue
        .designs
        .iter()
        .find(|d| d.form != first.form && d.workshop != first.workshop)
        .unwrap()
        .clone();
    (first, second)
}

/// A list fixed at the top of the viewport, above whatever earlier tests left in the page: a card's
/// drawing is made only once the card has been on screen. `style` is added to the list's own.
fn list_on_top(style: &str) -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("ul").unwrap().unchecked_into();
    host.set_attribute(
        "style",
        &format!("position:fixed;top:0;left:0;margin:0;z-index:9;{style}"),
    )
    .unwrap();
    document()
        .body()
        .unwrap()
        .prepend_with_node_1(&host)
        .unwrap();
    host
}

#[wasm_bindgen_test]
async fn a_results_card_shows_another_design_in_place_text_and_drawing() {
    use perak_batankrajan::components::DesignCard;
    use std::sync::Arc;

    let catalogue = Arc::new(shipped_catalogue());
    let (first, second) = two_designs(&catalogue);
    let shown = RwSignal::new(first.clone());
    let host: web_sys::HtmlElement = document().create_element("ul").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let c = catalogue.clone();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        provide_currency();
        view! { <DesignCard design=shown catalogue=c.clone() /> }
    });
    let text = |sel: &str| {
        host.query_selector(sel)
            .unwrap()
            .unwrap_or_else(|| panic!("no {sel}"))
            .text_content()
            .unwrap_or_default()
    };
    // The drawing is made once the card is on screen (an IntersectionObserver turn), and a new one
    // just after the paint that shows the new text.
    async fn drawing(host: &web_sys::HtmlElement, other_than: Option<&str>) -> web_sys::Element {
        for _ in 0..50 {
            if let Some(img) = host.query_selector(".art img[src]:not([hidden])").unwrap()
                && img.get_attribute("src").as_deref() != other_than
            {
                return img;
            }
            tick().await;
        }
        panic!("the drawing was never made");
    }
    tick().await;
    let card = host.query_selector("li.card").unwrap().unwrap();
    assert_eq!(text(".card-title a").trim(), first.name.id);
    let img = drawing(&host, None).await;
    let src = img.get_attribute("src").unwrap();
    assert!(src.starts_with("data:image/svg+xml"), "{}", &src[..40]);
    let alt = img.get_attribute("alt").unwrap();
    assert!(alt.starts_with("Gambar "), "{alt}");

    shown.set(second.clone());
    tick().await;
    // The same elements, now telling of the other design.
    let same_card = host.query_selector("li.card").unwrap().unwrap();
    assert!(same_card.is_same_node(Some(&card)));
    assert_eq!(text(".card-title a").trim(), second.name.id);
    let link = host.query_selector(".card-title a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").unwrap(),
        format!("/designs/{}", second.id)
    );
    assert!(text(".card-workshop").contains(&catalogue.workshop(&second.workshop).unwrap().name));
    let img2 = drawing(&host, Some(&src)).await;
    assert!(img2.is_same_node(Some(&img)));
    assert_ne!(img2.get_attribute("src").unwrap(), src);
    assert_ne!(img2.get_attribute("alt").unwrap(), alt);
}

#[wasm_bindgen_test]
async fn a_card_told_to_draw_now_shows_the_new_drawing_in_the_frame_of_its_text() {
    use perak_batankrajan::components::DesignCard;
    use std::sync::Arc;

    let catalogue = Arc::new(shipped_catalogue());
    let (first, second) = two_designs(&catalogue);
    let shown = RwSignal::new(first.clone());
    // Side by side.
    let host = list_on_top("display:flex");
    let c = catalogue.clone();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        provide_currency();
        view! {
            <DesignCard design=shown catalogue=c.clone() />
            <DesignCard design=shown catalogue=c.clone() draw_now=true />
        }
    });
    let cards = || {
        let list = host.query_selector_all("li.card").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into::<web_sys::Element>())
            .collect::<Vec<_>>()
    };
    let src = |card: &web_sys::Element| {
        card.query_selector(".art img:not([hidden])")
            .unwrap()
            .and_then(|img| img.get_attribute("src"))
    };
    let title = |card: &web_sys::Element| {
        card.query_selector(".card-title a")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    };
    for _ in 0..50 {
        if cards().iter().all(|c| src(c).is_some()) {
            break;
        }
        tick().await;
    }
    let before = cards().iter().map(src).collect::<Vec<_>>();
    assert!(
        before.iter().all(Option::is_some),
        "both cards drew the first design"
    );

    shown.set(second.clone());
    next_frame().await;
    // The frame about to be painted: both cards tell of the new design; the one told to draw now
    // already shows its drawing, the other still its previous one until just after this paint.
    let [late, now] = &cards()[..] else {
        panic!("two cards")
    };
    assert_eq!(title(late).trim(), second.name.id);
    assert_eq!(title(now).trim(), second.name.id);
    assert_ne!(src(now), before[1], "drawn in the frame of its text");
    assert_eq!(src(late), before[0], "drawn after the paint of its text");
    tick().await;
    assert_eq!(src(late), src(now), "and then the same drawing");
    host.remove();
}

#[wasm_bindgen_test]
async fn while_held_a_card_hides_its_previous_picture_and_draws_the_new_one_when_released() {
    use perak_batankrajan::components::DesignCard;
    use std::sync::Arc;

    let catalogue = Arc::new(shipped_catalogue());
    let (first, second) = two_designs(&catalogue);
    let shown = RwSignal::new(first.clone());
    let hold = RwSignal::new(false);
    let host = list_on_top("");
    let c = catalogue.clone();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        provide_currency();
        view! { <DesignCard design=shown catalogue=c.clone() hold=hold /> }
    });
    let img = || host.query_selector(".art img").unwrap().unwrap();
    let visible_src = || {
        host.query_selector(".art img:not([hidden])")
            .unwrap()
            .and_then(|img| img.get_attribute("src"))
    };
    for _ in 0..50 {
        if visible_src().is_some() {
            break;
        }
        tick().await;
    }
    let first_src = visible_src().expect("the first design was drawn");

    hold.set(true);
    // Holding alone changes nothing: the picture is still this design's.
    tick().await;
    assert_eq!(visible_src().as_deref(), Some(first_src.as_str()));
    shown.set(second.clone());
    for _ in 0..5 {
        tick().await;
    }
    // The text tells of the new design at once; the old picture is neither shown nor read out.
    let title = host.query_selector(".card-title a").unwrap().unwrap();
    assert_eq!(
        title.text_content().unwrap_or_default().trim(),
        second.name.id
    );
    assert!(
        img().has_attribute("hidden"),
        "the previous design's picture is hidden"
    );
    assert_eq!(
        img().get_attribute("src").as_deref(),
        Some(first_src.as_str()),
        "not redrawn yet"
    );

    hold.set(false);
    for _ in 0..50 {
        if visible_src().is_some_and(|s| s != first_src) {
            break;
        }
        tick().await;
    }
    let second_src = visible_src().expect("shown again once released");
    assert_ne!(second_src, first_src, "the new design's drawing");
    assert!(!img().get_attribute("alt").unwrap_or_default().is_empty());
    host.remove();
}

#[wasm_bindgen_test]
async fn a_quantity_field_steps_takes_typed_numbers_and_removes_its_line() {
    use perak_batankrajan::components::QtyField;
    use perak_batankrajan::domain::ItemRef;
    use perak_batankrajan::domain::inquiry::shortlist::ShortlistItem;
    use perak_batankrajan::state::{provide_shortlist, use_shortlist};

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let host = new_host();
    let qty = RwSignal::new(None::<u32>);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        provide_shortlist();
        let list = use_shortlist();
        list.add(ShortlistItem {
            item: ItemRef::design("ring-kawung"),
            qty: 2,
            size: None,
            finish: None,
        });
        Effect::new(move |_| qty.set(list.items_with(|i| i.first().map(|i| i.qty))));
        // Redrawn with each new quantity, as the shortlist page's rows are.
        move || {
            let n = list.items_with(|i| i.first().map(|i| i.qty));
            n.map(|n| view! { <QtyField index=0 qty=n name="Cincin Kawung".to_string() editable=true /> })
        }
    });
    tick().await;
    let input = || -> web_sys::HtmlInputElement {
        host.query_selector("input[type=number]")
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    assert_eq!(
        input().get_attribute("aria-label").as_deref(),
        Some("Jumlah untuk Cincin Kawung")
    );
    assert_eq!(input().value(), "2");
    button(&host, "+").click();
    tick().await;
    assert_eq!(qty.get_untracked(), Some(3));
    assert_eq!(input().value(), "3");
    button(&host, "−").click();
    button(&host, "−").click();
    tick().await;
    assert_eq!(qty.get_untracked(), Some(1), "never below one");
    input().set_value("12");
    input()
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(qty.get_untracked(), Some(12));
    button(&host, "Hapus").click();
    tick().await;
    assert_eq!(qty.get_untracked(), None, "the line is gone");
}

#[wasm_bindgen_test]
async fn a_deferred_value_trails_by_one_paint_and_settles_on_the_last_change() {
    use perak_batankrajan::state::deferred;
    use std::sync::{Arc, Mutex};

    let text = |id: &str| {
        document()
            .get_element_by_id(id)
            .unwrap()
            .text_content()
            .unwrap_or_default()
    };

    let source = RwSignal::new(0u32);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let host = new_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        let now = Memo::new(move |_| source.get());
        let later = deferred(now);
        let log = log.clone();
        Effect::new(move |_| log.lock().unwrap().push(later.get()));
        view! { <p id="deferred-now">{now}</p> <p id="deferred-later">{later}</p> }
    });
    tick().await;

    source.set(1);
    next_frame().await;
    // The frame about to be painted shows the new value in one place and still the old in the other.
    assert_eq!(
        (text("deferred-now"), text("deferred-later")),
        ("1".into(), "0".into())
    );
    tick().await;
    assert_eq!(text("deferred-later"), "1", "it follows after that paint");

    // Keystrokes in quick succession: one update, to the last value.
    source.set(2);
    source.set(3);
    tick().await;
    tick().await;
    assert_eq!(text("deferred-later"), "3");
    assert_eq!(*seen.lock().unwrap(), [0, 1, 3]);
    host.remove();
}

#[wasm_bindgen_test]
async fn the_search_box_keeps_its_height_as_suggestions_come_and_go() {
    use perak_batankrajan::components::SearchBox;
    use perak_batankrajan::domain::browse::BrowseQuery;
    use std::sync::{Arc, Mutex};

    // The app's own stylesheet: the row's height is a matter of CSS.
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../style/main.css")));
    document().head().unwrap().append_child(&style).unwrap();
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.style().set_property("width", "360px").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let words = RwSignal::new(vec!["Kawung".to_owned(), "Surya".to_owned()]);
    let went = Arc::new(Mutex::new(Vec::<BrowseQuery>::new()));
    let log = went.clone();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        let query = Memo::new(|_| BrowseQuery::default());
        let suggestions = Memo::new(move |_| words.get());
        let log = log.clone();
        let go = Callback::new(move |(q, _): (BrowseQuery, bool)| log.lock().unwrap().push(q));
        view! {
            <SearchBox query=query suggestions=suggestions go=go on_type=Callback::new(|_: String| {}) commit=Callback::new(|()| {}) />
            <p id="below">"results"</p>
        }
    });
    tick().await;
    let below = || {
        document()
            .get_element_by_id("below")
            .unwrap()
            .get_bounding_client_rect()
            .top()
    };
    let top = below();
    assert_eq!(host.query_selector_all(".chip").unwrap().length(), 2);

    // None (a word found as typed), then more than a narrow screen's width of them: what is below the
    // field stays where it was.
    words.set(Vec::new());
    tick().await;
    assert_eq!(host.query_selector_all(".chip").unwrap().length(), 0);
    assert_eq!(below(), top, "no suggestions");
    words.set(
        [
            "Granulasi",
            "Filigri",
            "Oksidasi",
            "Matahari",
            "Kala-makara",
        ]
        .map(str::to_owned)
        .to_vec(),
    );
    tick().await;
    assert_eq!(host.query_selector_all(".chip").unwrap().length(), 5);
    assert_eq!(below(), top, "five long suggestions");

    // A chip is a button that searches for its word.
    button(&host, "Matahari").click();
    tick().await;
    assert_eq!(
        went.lock().unwrap().last().map(|q| q.q.clone()),
        Some("Matahari".to_owned())
    );
    host.remove();
    style.remove();
}

#[wasm_bindgen_test]
async fn in_view_tells_whether_enough_of_an_element_is_on_screen() {
    use perak_batankrajan::platform::visibility::in_view;

    let height = web_sys::window()
        .unwrap()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    let host = new_host();
    // A 200 px box whose top 5 px (2.5 %) show above the bottom of the viewport.
    let place =
        |top: f64| format!("position: fixed; left: 0; width: 100px; height: 200px; top: {top}px");
    let el = NodeRef::<leptos::html::Div>::new();
    let style = RwSignal::new(place(height - 5.0));
    let seen = RwSignal::new(None::<Signal<bool>>);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        seen.set(Some(in_view(el, 0.1)));
        view! { <div node_ref=el style=move || style.get()></div> }
    });
    let now = || seen.get_untracked().unwrap().get_untracked();
    async fn settle() {
        // Intersection reports come after a rendering update; a few frames' worth of timer turns.
        for _ in 0..5 {
            tick().await;
        }
    }
    settle().await;
    assert!(!now(), "a sliver is not in view");
    style.set(place(height - 60.0));
    settle().await;
    assert!(now(), "30 % of it is");
    style.set(place(-500.0));
    settle().await;
    assert!(!now(), "scrolled past");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_row_of_links_scrolls_sideways_to_show_the_current_one_and_leaves_the_page_alone() {
    use perak_batankrajan::platform::scroll::reveal_sideways;

    // A 200 px row of five 100 px links, as the phone's header row; the page itself taller than the
    // window and scrolled a little, which revealing must not change.
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_inner_html(
        r#"<div style="height: 3000px"></div>
        <nav id="row" style="display: flex; width: 200px; overflow-x: auto; white-space: nowrap">
          <a href="/a" style="flex: none; width: 100px">a</a><a href="/b" style="flex: none; width: 100px">b</a>
          <a href="/c" style="flex: none; width: 100px">c</a><a href="/d" style="flex: none; width: 100px">d</a>
          <a href="/e" style="flex: none; width: 100px">e</a></nav>"#,
    );
    document().body().unwrap().append_child(&host).unwrap();
    let window = web_sys::window().unwrap();
    window.scroll_to_with_x_and_y(0.0, 40.0);
    let row = document().get_element_by_id("row").unwrap();
    let rect = |el: &web_sys::Element| {
        let r = el.get_bounding_client_rect();
        (r.left(), r.right())
    };
    let shown = |href: &str| {
        let link = row
            .query_selector(&format!("a[href='{href}']"))
            .unwrap()
            .unwrap();
        let ((row_l, row_r), (l, r)) = (rect(&row), rect(&link));
        l >= row_l - 0.5 && r <= row_r + 0.5
    };
    assert!(!shown("/e"), "the last link starts off the row's edge");

    reveal_sideways(&row, "a[href='/e']", 10.0);
    assert!(shown("/e"), "brought into the row");
    assert_eq!(row.scroll_left(), row.scroll_width() - row.client_width());
    reveal_sideways(&row, "a[href='/b']", 10.0);
    assert!(shown("/b"), "and back the other way");
    let at = row.scroll_left();
    reveal_sideways(&row, "a[href='/b']", 10.0);
    assert_eq!(row.scroll_left(), at, "a link in view stays where it is");
    reveal_sideways(&row, "a[aria-current=page]", 10.0);
    assert_eq!(row.scroll_left(), at, "nothing current, nothing moves");
    assert_eq!(window.scroll_y().unwrap(), 40.0, "the page did not scroll");
    window.scroll_to_with_x_and_y(0.0, 0.0);
    host.remove();
}

#[wasm_bindgen_test]
async fn the_filter_panel_folds_behind_a_button_that_tells_whether_it_is_open() {
    use perak_batankrajan::components::FacetPanel;
    use perak_batankrajan::domain::browse::{BrowseQuery, Browser};
    use std::sync::Arc;

    let catalogue = Arc::new(shipped_catalogue());
    let counted = Browser::new(&catalogue).browse(&BrowseQuery::default());
    let host = new_host();
    let c = catalogue.clone();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        let query = Memo::new(|_| BrowseQuery::default());
        let result = Signal::stored(counted.clone());
        view! { <FacetPanel catalogue=c.clone() query=query result=result go=Callback::new(|_| {}) /> }
    });
    tick().await;
    let panel = host.query_selector(".facets").unwrap().unwrap();
    let toggle = button(&host, "Pilih filter");
    // The button names what it folds, and that holds the filter groups.
    let controls = toggle.get_attribute("aria-controls").unwrap();
    let groups = document().get_element_by_id(&controls).unwrap();
    assert!(panel.contains(Some(&groups)));
    assert!(groups.query_selector_all("fieldset").unwrap().length() >= 5);
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!panel.class_list().contains("open"));

    toggle.click();
    tick().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(panel.class_list().contains("open"));

    toggle.click();
    tick().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!panel.class_list().contains("open"));
    host.remove();
}

#[wasm_bindgen_test]
async fn the_filter_panel_keeps_its_rows_and_disables_the_values_a_search_rules_out() {
    use perak_batankrajan::components::FacetPanel;
    use perak_batankrajan::domain::browse::{BrowseQuery, Browser, FacetKind};
    use std::sync::Arc;

    let catalogue = Arc::new(shipped_catalogue());
    let browser = Browser::new(&catalogue);
    let mut rings = BrowseQuery {
        q: "cincin".into(),
        ..Default::default()
    };
    // Ticked, and ruled out by the search: it must stay removable.
    rings.toggle(FacetKind::Form, "pendant");
    let narrowed = browser.browse(&rings);
    assert_eq!(narrowed.facet_count(FacetKind::Form, "pendant"), 0);
    assert_eq!(narrowed.facet_count(FacetKind::Form, "stud"), 0);
    assert!(narrowed.facet_count(FacetKind::Form, "ring") > 0);

    let host = new_host();
    let query = RwSignal::new(BrowseQuery::default());
    let result = RwSignal::new(browser.browse(&BrowseQuery::default()));
    let c = catalogue.clone();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        let query = Memo::new(move |_| query.get());
        view! { <FacetPanel catalogue=c.clone() query=query result=result go=Callback::new(|_| {}) /> }
    });
    tick().await;
    let boxes = || {
        let list = host.query_selector_all("input[type=checkbox]").unwrap();
        (0..list.length())
            .map(|i| {
                list.item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::HtmlInputElement>()
            })
            .collect::<Vec<_>>()
    };
    let before = boxes();
    assert!(before.len() > 20, "{} filter values", before.len());
    assert!(
        before.iter().all(|b| !b.disabled()),
        "everything is on offer before a search"
    );

    query.set(rings);
    result.set(narrowed.clone());
    tick().await;
    let after = boxes();
    assert_eq!(after.len(), before.len(), "no row left the panel");
    assert!(
        before
            .iter()
            .zip(&after)
            .all(|(a, b)| a.is_same_node(Some(b))),
        "the rows stayed in place: only their counts and states changed"
    );
    let by_id = |id: &str| after.iter().find(|b| b.id() == id).unwrap();
    assert!(
        by_id("f-form-stud").disabled(),
        "a form the search rules out"
    );
    assert!(!by_id("f-form-ring").disabled());
    assert!(
        !by_id("f-form-pendant").disabled(),
        "ticked, so it can be unticked"
    );
    assert!(by_id("f-form-pendant").checked());
    let label = host
        .query_selector("label[for=f-form-stud] .facet-count")
        .unwrap()
        .unwrap();
    assert_eq!(label.text_content().unwrap(), "0");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_missing_translation_reads_in_english_and_says_so() {
    use perak_batankrajan::components::Passage;
    use perak_batankrajan::domain::Localized;
    use perak_batankrajan::i18n::{self, Locale};

    i18n::install(Locale::De, include_str!("../locales/de.json")).unwrap();
    let host = new_host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        provide_locale();
        let i18n = perak_batankrajan::i18n::use_i18n();
        let mut told = Localized::new("Matahari bersinar delapan", "A sun with eight rays");
        let shown = told.clone();
        told.de = Some("Eine Sonne mit acht Strahlen".into());
        view! {
            <button on:click=move |_| i18n.set_locale(Locale::De)>"de"</button>
            <div id="missing"><Passage text=shown /></div>
            <div id="written"><Passage text=told /></div>
        }
    });
    tick().await;
    let p = |id: &str| host.query_selector(&format!("#{id} p")).unwrap().unwrap();
    assert_eq!(
        p("missing").text_content().unwrap(),
        "Matahari bersinar delapan"
    );
    assert_eq!(p("missing").get_attribute("lang"), None);

    button(&host, "de").click();
    tick().await;
    let missing = p("missing");
    assert_eq!(missing.get_attribute("lang").as_deref(), Some("en"));
    assert!(
        missing
            .text_content()
            .unwrap()
            .starts_with("A sun with eight rays"),
        "{:?}",
        missing.text_content()
    );
    let note = missing.query_selector(".fallback-note").unwrap().unwrap();
    assert_eq!(note.text_content().unwrap(), "(auf Englisch)");
    assert_eq!(note.get_attribute("lang").as_deref(), Some("de"));
    let written = p("written");
    assert_eq!(
        written.text_content().unwrap(),
        "Eine Sonne mit acht Strahlen"
    );
    assert_eq!(written.get_attribute("lang"), None);
    host.remove();
}

#[wasm_bindgen_test]
async fn copy_link_without_the_clipboard_api_selects_the_link_and_says_how_to_copy_it() {
    use perak_batankrajan::components::CopyLink;

    // A page on plain HTTP (a kiosk on a stand's network) has no `navigator.clipboard`.
    js_sys::eval(
        "window.__clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
         delete Navigator.prototype.clipboard;",
    )
    .unwrap();
    let host = new_host();
    let url = "http://192.168.1.20:8080/shortlist?items=ring-kawung~1~~";
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        view! {
            <CopyLink id="copy-test".to_string() label=Signal::stored("Tautan".to_string())
                url=Signal::stored(url.to_string()) />
        }
    });
    tick().await;
    let status = || {
        host.query_selector(".copy-status")
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert_eq!(status(), "", "nothing said before a click");
    // The browser refuses the older copy command too: the link is selected, and the reader told.
    js_sys::eval("document.execCommand = function () { return false; };").unwrap();
    button(&host, "Salin tautan").click();
    tick().await;
    let field: web_sys::HtmlInputElement = document()
        .get_element_by_id("copy-test")
        .unwrap()
        .unchecked_into();
    assert_eq!(field.selection_start().unwrap(), Some(0));
    assert_eq!(field.selection_end().unwrap(), Some(url.len() as u32));
    assert!(
        status().starts_with("Tautan sudah dipilih. Salin dengan Ctrl+C"),
        "{:?}",
        status()
    );
    // The command works: then, and only then, the link is said to be copied.
    js_sys::eval("document.execCommand = function (c) { return c === 'copy'; };").unwrap();
    button(&host, "Salin tautan").click();
    tick().await;
    assert_eq!(status(), "Tautan disalin.");
    js_sys::eval("delete document.execCommand;").unwrap();
    js_sys::eval("Object.defineProperty(Navigator.prototype, 'clipboard', window.__clipboard);")
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_bar_chart_says_its_numbers_in_words_draws_bars_to_scale_and_opens_as_a_table() {
    use perak_batankrajan::components::BarChart;

    let host = new_host();
    let rows = RwSignal::new(vec![
        ("Cincin Kawung".to_owned(), vec![4, 1]),
        ("Cincin Surya".to_owned(), vec![1, 0]),
    ]);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        view! {
            <BarChart id="c" caption="Desain teratas".to_string()
                heads=vec!["Desain".to_string(), "Minat".to_string(), "Pertanyaan".to_string()]
                rows=rows />
        }
    });
    tick().await;
    let bars = host.query_selector(".bars").unwrap().unwrap();
    assert_eq!(bars.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        bars.get_attribute("aria-label").as_deref(),
        Some("Diagram batang, Desain teratas: Cincin Kawung 4, Cincin Surya 1.")
    );
    let figure = host.query_selector("figure").unwrap().unwrap();
    let caption = host.query_selector("figcaption").unwrap().unwrap();
    assert_eq!(figure.get_attribute("aria-labelledby"), Some(caption.id()));
    // The longest bar fills its track; the others are to scale.
    let widths: Vec<String> = (0..2)
        .map(|i| {
            host.query_selector_all(".bar")
                .unwrap()
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("width")
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(widths, ["100.0", "25.0"]);
    // The table has every value, under its heads, behind a summary.
    let details = host.query_selector("details").unwrap().unwrap();
    assert!(!details.has_attribute("open"), "folded until asked for");
    assert_eq!(
        host.query_selector("summary")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Tampilkan sebagai tabel"
    );
    let cells = |sel: &str| -> Vec<String> {
        let list = host.query_selector_all(sel).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    };
    assert_eq!(cells("thead th"), ["Desain", "Minat", "Pertanyaan"]);
    assert_eq!(cells("tbody th"), ["Cincin Kawung", "Cincin Surya"]);
    assert_eq!(cells("tbody td"), ["4", "1", "1", "0"]);
    // New numbers redraw it.
    rows.set(vec![("Cincin Ukel".to_owned(), vec![2, 2])]);
    tick().await;
    assert_eq!(cells("tbody th"), ["Cincin Ukel"]);
    assert_eq!(
        bars.get_attribute("aria-label").as_deref(),
        Some("Diagram batang, Desain teratas: Cincin Ukel 2.")
    );
}
