use codee::string::FromToStringCodec;
use leptos::prelude::*;

use crate::domain::ItemRef;
use crate::domain::shared::ids::uuid_v4;
use crate::domain::studio::boards::{self, Board, BoardProblem};
use crate::platform::{net, storage};

/// The maker's boards on this device, stored in the export file's own format so that storage and files
/// are read by one checked parser.
#[derive(Clone, Copy)]
pub struct Boards {
    list: RwSignal<Vec<Board>>,
}

impl Boards {
    pub fn list(&self) -> Signal<Vec<Board>> {
        self.list.into()
    }

    /// Creates a board and returns its id.
    pub fn create(&self, name: &str) -> Result<String, BoardProblem> {
        let name = boards::check_name(name)?;
        if self.list.with_untracked(|l| l.len()) >= boards::MAX_BOARDS {
            return Err(BoardProblem::TooManyBoards {
                max: boards::MAX_BOARDS,
            });
        }
        let id = uuid_v4(net::random_bytes());
        self.list.update(|l| {
            l.push(Board {
                id: id.clone(),
                name,
                items: Vec::new(),
            })
        });
        Ok(id)
    }

    pub fn add(&self, board: &str, target: ItemRef, note: String) -> Result<(), BoardProblem> {
        let mut result = Ok(());
        self.list.update(|l| {
            if let Some(b) = l.iter_mut().find(|b| b.id == board) {
                result = boards::add_item(b, target, note);
            }
        });
        result
    }

    pub fn remove_item(&self, board: &str, index: usize) {
        self.list.update(|l| {
            if let Some(b) = l.iter_mut().find(|b| b.id == board)
                && index < b.items.len()
            {
                b.items.remove(index);
            }
        });
    }

    pub fn delete(&self, board: &str) {
        self.list.update(|l| l.retain(|b| b.id != board));
    }

    pub fn import(&self, text: &str) -> Result<usize, BoardProblem> {
        let imported = boards::import(text)?;
        let mut all = self.list.get_untracked();
        let n = boards::merge(&mut all, imported)?;
        self.list.set(all);
        Ok(n)
    }

    pub fn clear(&self) {
        self.list.set(Vec::new());
    }
}

pub fn provide_boards() {
    let (stored, set_stored) = storage::stored_string::<FromToStringCodec>(storage::BOARDS_KEY);
    let list = RwSignal::new(boards::parse_stored(&stored.get_untracked()));
    Effect::new(move |_| {
        let text = list.with(|l| {
            if l.is_empty() {
                String::new()
            } else {
                boards::export(l)
            }
        });
        set_stored.set(text);
    });
    provide_context(Boards { list });
}

pub fn use_boards() -> Boards {
    expect_context::<Boards>()
}
