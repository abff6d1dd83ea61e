//! Boards: a maker's named collections of designs, motifs, trend references and adaptation sketches, each
//! with a note. Kept on the device, exported and imported as a file, shared as a link.

use serde::{Deserialize, Serialize};

use crate::domain::catalogue::item::ItemRef;
use crate::domain::shared::stored::StoredForm;

pub const NAME_MAX: usize = 80;
pub const NOTE_MAX: usize = 1000;
pub const MAX_BOARDS: usize = 50;
pub const MAX_ITEMS: usize = 200;
/// An export file larger than this is refused before it is read: the largest real set of boards is a
/// few hundred kilobytes, and reading a huge file would stall a phone.
pub const IMPORT_MAX_BYTES: u64 = 4 * 1024 * 1024;
const ID_MAX_CHARS: usize = 64;
const FORMAT: &str = "perak-boards";
const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BoardItem {
    #[serde(flatten)]
    pub target: ItemRef,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub items: Vec<BoardItem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BoardProblem {
    NameRequired,
    NameTooLong {
        max: usize,
    },
    NoteTooLong {
        max: usize,
    },
    TooManyBoards {
        max: usize,
    },
    TooManyItems {
        max: usize,
    },
    /// An import file that is not a boards export (with the parser's detail).
    NotABoardsFile {
        detail: String,
    },
    /// An import file over [`IMPORT_MAX_BYTES`].
    FileTooLarge {
        max_mb: u64,
    },
}

/// Ids are this app's own (uuids): short, letters, digits and dashes.
fn id_shaped(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= ID_MAX_CHARS
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

pub fn check_name(name: &str) -> Result<String, BoardProblem> {
    let name = name.trim();
    if name.is_empty() {
        Err(BoardProblem::NameRequired)
    } else if chars(name) > NAME_MAX {
        Err(BoardProblem::NameTooLong { max: NAME_MAX })
    } else {
        Ok(name.to_owned())
    }
}

pub fn check_note(note: &str) -> Result<String, BoardProblem> {
    let note = note.trim();
    if chars(note) > NOTE_MAX {
        Err(BoardProblem::NoteTooLong { max: NOTE_MAX })
    } else {
        Ok(note.to_owned())
    }
}

/// Adds an item to a board; the same target twice keeps one item with the newer note.
pub fn add_item(board: &mut Board, target: ItemRef, note: String) -> Result<(), BoardProblem> {
    let note = check_note(&note)?;
    if let Some(existing) = board.items.iter_mut().find(|i| i.target == target) {
        existing.note = note;
        return Ok(());
    }
    if board.items.len() >= MAX_ITEMS {
        return Err(BoardProblem::TooManyItems { max: MAX_ITEMS });
    }
    board.items.push(BoardItem { target, note });
    Ok(())
}

#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    boards: Vec<Board>,
}

pub fn export(boards: &[Board]) -> String {
    serde_json::to_string_pretty(&File {
        format: FORMAT.into(),
        version: VERSION,
        boards: boards.to_vec(),
    })
    .unwrap_or_default()
}

/// Reads an export file. Names and notes are checked as if typed; nothing in the file can panic.
pub fn import(text: &str) -> Result<Vec<Board>, BoardProblem> {
    let file: File = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        BoardProblem::NotABoardsFile {
            detail: e.to_string(),
        }
    })?;
    if file.format != FORMAT {
        return Err(BoardProblem::NotABoardsFile {
            detail: format!("format {:?}", file.format),
        });
    }
    // Version 1 is the only one there has been; a later app's file may mean things this one would
    // misread.
    if file.version != VERSION {
        return Err(BoardProblem::NotABoardsFile {
            detail: format!("version {}", file.version),
        });
    }
    if file.boards.len() > MAX_BOARDS {
        return Err(BoardProblem::TooManyBoards { max: MAX_BOARDS });
    }
    let mut out = Vec::new();
    for b in file.boards {
        if !id_shaped(&b.id) {
            return Err(BoardProblem::NotABoardsFile {
                detail: "board id".into(),
            });
        }
        let name = check_name(&b.name)?;
        if b.items.len() > MAX_ITEMS {
            return Err(BoardProblem::TooManyItems { max: MAX_ITEMS });
        }
        let mut items = Vec::new();
        for i in b.items {
            items.push(BoardItem {
                note: check_note(&i.note)?,
                target: i.target,
            });
        }
        out.push(Board {
            id: b.id,
            name,
            items,
        });
    }
    Ok(out)
}

/// Reads an export file chosen by the user: as [`import`], each board then given a fresh id from
/// `fresh_id`, so that a file from someone else can never replace a board of this device (the same
/// file twice gives two copies, which the user sees and can delete).
pub fn import_as_new(
    text: &str,
    mut fresh_id: impl FnMut() -> String,
) -> Result<Vec<Board>, BoardProblem> {
    let mut boards = import(text)?;
    for b in &mut boards {
        b.id = fresh_id();
    }
    Ok(boards)
}

/// Adds imported boards after the device's own. Fails rather than exceed the board limit.
pub fn merge(existing: &mut Vec<Board>, imported: Vec<Board>) -> Result<usize, BoardProblem> {
    if existing.len() + imported.len() > MAX_BOARDS {
        return Err(BoardProblem::TooManyBoards { max: MAX_BOARDS });
    }
    let n = imported.len();
    existing.extend(imported);
    Ok(n)
}

/// One board as a link parameter (JSON; the caller percent-encodes it).
pub fn share_param(board: &Board) -> String {
    serde_json::to_string(board).unwrap_or_default()
}

/// A board from a link, checked like an import; `None` for anything unreadable.
pub fn from_share_param(s: &str) -> Option<Board> {
    let b: Board = serde_json::from_str(s).ok()?;
    let text = export(&[b]);
    import(&text).ok()?.into_iter().next()
}

/// Reads the device's stored boards; unreadable storage is an empty list.
pub fn parse_stored(s: &str) -> Vec<Board> {
    import(s).unwrap_or_default()
}

/// Storage keeps the export file's form, so the device and a file are read by one checked parser.
impl StoredForm for Vec<Board> {
    fn to_stored(&self) -> String {
        if self.is_empty() {
            String::new()
        } else {
            export(self)
        }
    }

    fn from_stored(stored: &str) -> Self {
        parse_stored(stored)
    }

    fn unreadable(stored: &str) -> bool {
        !stored.trim().is_empty() && import(stored).is_err()
    }
}
