use codee::string::FromToStringCodec;
use leptos::prelude::*;

use crate::domain::inquiry::InquiryDraft;
use crate::platform::storage;

/// The inquiry being typed, kept on the device on every keystroke: a reload, a crash or a validation
/// error never costs the buyer what they wrote. Cleared after it is safely in the outbox, and by the
/// kiosk's reset.
#[derive(Clone, Copy)]
pub struct DraftState {
    draft: RwSignal<InquiryDraft>,
}

impl DraftState {
    pub fn get(&self) -> Signal<InquiryDraft> {
        self.draft.into()
    }

    pub fn update(&self, f: impl FnOnce(&mut InquiryDraft)) {
        self.draft.update(f);
    }

    pub fn clear(&self) {
        self.draft.set(InquiryDraft::default());
    }
}

pub fn provide_inquiry_draft() {
    let (stored, set_stored) = storage::stored_string::<FromToStringCodec>(storage::DRAFT_KEY);
    // Anything unreadable in storage starts an empty form rather than failing.
    let draft = RwSignal::new(
        serde_json::from_str::<InquiryDraft>(&stored.get_untracked()).unwrap_or_default(),
    );
    Effect::new(move |_| {
        let text = draft.with(|d| {
            if *d == InquiryDraft::default() {
                String::new()
            } else {
                serde_json::to_string(d).unwrap_or_default()
            }
        });
        set_stored.set(text);
    });
    provide_context(DraftState { draft });
}

pub fn use_inquiry_draft() -> DraftState {
    expect_context::<DraftState>()
}
