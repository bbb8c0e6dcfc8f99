//! `lkctl chat list|send` and `lkctl file list` against a temp SQLite store.

mod common;
mod store_cli;

use store_cli::Db;

#[test]
fn send_and_list_messages() {
    let db = Db::sqlite();
    assert_eq!(
        db.run(&["-o", "json", "chat", "list", "demo"]).ok().stdout,
        "[]\n"
    );
    let r = db
        .run(&["chat", "send", "demo", "--as", "alice", "hello all"])
        .ok();
    assert!(r.stderr.starts_with("stored message CM_"), "{r:#?}");
    let sent = db
        .run_stdin(
            &["-o", "json", "chat", "send", "demo", "--as", "bob", "-"],
            b"from stdin\n",
        )
        .ok()
        .json();
    assert_eq!(sent["text"], "from stdin");
    assert_eq!(sent["identity"], "bob");
    assert!(sent["id"].as_str().unwrap().starts_with("CM_"));
    db.run(&["chat", "send", "other", "--as", "carol", "elsewhere"])
        .ok();

    let list = db.run(&["-o", "json", "chat", "list", "demo"]).ok().json();
    let texts: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["hello all", "from stdin"], "oldest first, one room");
    let one = db
        .run(&["-o", "json", "chat", "list", "demo", "--limit", "1"])
        .ok()
        .json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    let later = db
        .run(&[
            "-o",
            "json",
            "chat",
            "list",
            "demo",
            "--since",
            "2999-01-01T00:00:00Z",
        ])
        .ok();
    assert_eq!(later.stdout, "[]\n");
    let plain = db.run(&["-o", "plain", "chat", "list", "demo"]).ok();
    assert!(
        plain
            .stdout
            .lines()
            .next()
            .unwrap()
            .contains("\talice\thello all\t"),
        "{plain:#?}"
    );
}

#[test]
fn bad_messages_leave_no_rows() {
    let db = Db::sqlite();
    db.run(&["chat", "send", "demo", "--as", "alice", "   "])
        .fails(2, "invalid text");
    let long = "x".repeat(5000);
    db.run(&["chat", "send", "demo", "--as", "alice", &long])
        .fails(2, "invalid text");
    db.run(&["chat", "send", "demo", "--as", "", "hi"])
        .fails(2, "invalid identity");
    db.run(&["chat", "send", "demo", "hi"]).fails(2, "--as");
    assert_eq!(
        db.run(&["-o", "json", "chat", "list", "demo"]).ok().stdout,
        "[]\n"
    );
}

#[test]
fn file_list_is_empty_for_a_new_room() {
    let db = Db::sqlite();
    assert_eq!(
        db.run(&["-o", "json", "file", "list", "demo"]).ok().stdout,
        "[]\n"
    );
    let table = db.run(&["file", "list", "demo"]).ok();
    assert!(table.stdout.starts_with("ID"), "{table:#?}");
    db.run(&["file", "list", ""]).fails(2, "invalid room");
}
