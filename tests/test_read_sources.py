"""Sources: folders with include/exclude globs, zip and tar archives, traversal and bomb refusal."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import tarfile
import zipfile

from newsmill.readkit.archives import unsafe_name
from tests.readers_samples import PAGE, SIMPLIFIED, errors, pipeline


def _uris(p, target):
    return [s.uri for s in p.sources([str(target)])]


def _tree(tmp_path):
    root = tmp_path / "pages"
    for rel in ("a.txt", "b.html", "sub/c.txt", "sub/deeper/d.txt", "drafts/e.txt", ".hidden/f.txt",
                ".g.txt", "sub/notes.md"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PAGE, encoding="utf-8")
    return root


def test_folder_walk_is_recursive_sorted_and_skips_hidden(tmp_path):
    root = _tree(tmp_path)
    rels = [u[len(str(root)) + 1:] for u in _uris(pipeline(), root)]
    assert rels == ["a.txt", "b.html", "drafts/e.txt", "sub/c.txt", "sub/deeper/d.txt", "sub/notes.md"]


def test_include_and_exclude_globs(tmp_path):
    root = _tree(tmp_path)
    p = pipeline(files={"include": ["*.txt"], "exclude": ["drafts/*", "**/deeper/*"]})
    rels = [u[len(str(root)) + 1:] for u in _uris(p, root)]
    assert rels == ["a.txt", "sub/c.txt"]


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_zip_members_are_read_in_memory(tmp_path):
    arc = _zip(tmp_path / "batch.zip", {
        "2021-01-21/p1.txt": PAGE.encode("gb18030"),
        "p2.jsonl": (json.dumps({"text": SIMPLIFIED[0]}) + "\n").encode(),
        "dir/": b"",
    })
    p = pipeline()
    sources = list(p.sources([str(arc)]))
    assert [s.uri for s in sources] == [f"{arc}!2021-01-21/p1.txt", f"{arc}!p2.jsonl"]
    assert all(s.data is not None and s.path is None for s in sources)
    docs = [d for s in sources for d in p.read(s)]
    assert [d.failed for d in docs] == [False, False]
    assert docs[0].raw == PAGE and docs[0].meta.encoding == "gb18030"
    assert (docs[0].meta.pub_date, docs[0].meta.pub_date_source) == (dt.date(2021, 1, 21), "filename")
    assert docs[1].source == f"{arc}!p2.jsonl#L1"


def test_archive_inside_folder_and_globs_on_members(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "x.txt").write_text(PAGE, encoding="utf-8")
    _zip(root / "more.zip", {"m1.txt": PAGE.encode(), "m2.html": b"<html></html>"})
    p = pipeline(files={"include": ["*.txt"]})
    assert _uris(p, root) == [f"{root}/more.zip!m1.txt", f"{root}/x.txt"]
    p = pipeline(files={"exclude": ["*.zip"]})
    assert _uris(p, root) == [f"{root}/x.txt"]
    p = pipeline(files={"archives": False})
    assert _uris(p, root) == [f"{root}/more.zip", f"{root}/x.txt"]


def test_tar_gz_members_and_refused_entries(tmp_path):
    arc = tmp_path / "batch.tar.gz"
    with tarfile.open(arc, "w:gz") as t:
        for name, data in (("ok.txt", PAGE.encode()), ("../../escape.txt", b"x"), ("/etc/abs.txt", b"x")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        t.addfile(link)
    p = pipeline()
    docs = list(p.run([str(arc)]))
    assert [d.source for d in docs] == [f"{arc}!{n}" for n in
                                        ("ok.txt", "../../escape.txt", "/etc/abs.txt", "link.txt")]
    assert docs[0].raw == PAGE and not docs[0].failed
    msgs = errors(docs[1:])
    assert "path traversal" in msgs[0] and "absolute path" in msgs[1] and "links are refused" in msgs[2]
    assert not (tmp_path.parent / "escape.txt").exists()


def test_zip_traversal_refused_others_kept(tmp_path):
    arc = _zip(tmp_path / "t.zip", {"../../x.txt": b"evil", "good.txt": PAGE.encode(),
                                    "C:\\win\\y.txt": b"evil"})
    docs = list(pipeline().run([str(arc)]))
    by = {d.source.split("!", 1)[1]: d for d in docs}
    assert by["good.txt"].raw == PAGE
    assert "path traversal" in errors([by["../../x.txt"]])[0]
    assert "absolute path" in errors([by["C:\\win\\y.txt"]])[0]


def test_unsafe_names():
    assert unsafe_name("a/b/c.txt") is None
    assert unsafe_name("a/../../b") and unsafe_name("/x") and unsafe_name("..\\x") and unsafe_name("D:x")


def test_zip_bomb_limits(tmp_path):
    zeros = b"\0" * 3_000_000  # compresses to a few KB
    arc = _zip(tmp_path / "bomb.zip", {"a.txt": zeros, "b.txt": PAGE.encode()})
    p = pipeline(files={"max_member_mb": 1})
    docs = list(p.run([str(arc)]))
    assert "member larger than 1 MB" in errors(docs)[0] and docs[1].raw == PAGE
    p = pipeline(files={"max_archive_mb": 2})
    (doc,) = list(p.run([str(arc)]))
    assert str(arc) in errors([doc])[0] and "possible archive bomb" in errors([doc])[0]
    many = _zip(tmp_path / "many.zip", {f"{i}.txt": b"x" for i in range(30)})
    (doc,) = list(pipeline(files={"max_members": 10}).run([str(many)]))
    assert "30 members, more than 10" in errors([doc])[0]


def test_tar_member_count_limit_stops_the_stream(tmp_path):
    arc = tmp_path / "many.tgz"
    with tarfile.open(arc, "w:gz") as t:
        for i in range(12):
            info = tarfile.TarInfo(f"{i:02d}.txt")
            data = PAGE.encode()
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    docs = list(pipeline(files={"max_members": 5}).run([str(arc)]))
    assert [d.failed for d in docs] == [False] * 5 + [True]
    assert "more than 5 members" in errors(docs)[0]


def test_damaged_archives(tmp_path):
    bad_zip = tmp_path / "bad.zip"
    bad_zip.write_bytes(b"PK\x03\x04 definitely not a zip")
    bad_tar = tmp_path / "bad.tar.gz"
    bad_tar.write_bytes(b"\x1f\x8b\x08\x00 junk junk junk")
    docs = list(pipeline().run([str(bad_zip), str(bad_tar)]))
    msgs = errors(docs)
    assert f"{bad_zip}: not a readable zip archive" in msgs[0]
    assert str(bad_tar) in msgs[1] and "tar archive" in msgs[1]


def test_symlink_loops_are_walked_once(tmp_path):
    root = tmp_path / "r"
    (root / "a").mkdir(parents=True)
    (root / "a" / "p.txt").write_text(PAGE, encoding="utf-8")
    (root / "a" / "loop").symlink_to(root, target_is_directory=True)
    assert _uris(pipeline(), root) == [f"{root}/a/p.txt"]


def test_corrupt_compressed_member_fails_alone(tmp_path):
    rng = random.Random(1)
    text = "".join(chr(0x4E00 + rng.randrange(2000)) for _ in range(3000))
    arc = tmp_path / "c.zip"
    with zipfile.ZipFile(arc, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("bad.txt", text.encode())
        z.writestr("good.txt", PAGE.encode())
    data = bytearray(arc.read_bytes())
    for i in range(60, 1000, 7):  # inside the first member's compressed data
        data[i] ^= 0xFF
    arc.write_bytes(bytes(data))
    docs = list(pipeline().run([str(arc)]))
    assert [d.source.split("!")[1] for d in docs] == ["bad.txt", "good.txt"]
    assert "damaged member" in errors(docs[:1])[0]
    assert docs[1].raw == PAGE
