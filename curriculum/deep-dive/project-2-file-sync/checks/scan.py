"""Milestone: scan a folder and fingerprint its files (syncer/manifest.py, scan and file_digest)."""
import hashlib
import os

from pymastery import call, expect, expect_equal, expect_flat_memory, learner_module, skip, temp_folder

FILES = {
    "notes.txt": "buy milk\n",
    "empty.txt": "",
    "photos/cat.jpg": bytes(range(256)) * 40,
    "photos/2024/beach.jpg": b"\x89PNG fake" * 500,
}


def _sha(content):
    data = content.encode() if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


def check_digest():
    """file_digest gives the SHA-256 of the content as hex"""
    manifest = learner_module()
    with temp_folder(FILES) as folder:
        for name, content in FILES.items():
            expect_equal(call(manifest.file_digest, folder.path(name)).value, _sha(content),
                         hint="Feed the bytes to hashlib.sha256() and return .hexdigest(); open "
                              "the file in binary mode ('rb').")


def check_digest_reads_in_chunks():
    """file_digest needs no more memory for a file ten times as big"""
    manifest = learner_module()
    with temp_folder() as folder:

        def big_file(n):
            return folder.write("big-%d.bin" % n, b"0123456789abcdef" * (n * 8))

        expect_flat_memory(manifest.file_digest, big_file,
                           hint="Don't read() the whole file: read chunk_size bytes at a time "
                                "and update() the hash with each, until read() returns b''.")


def check_scan_lists_every_file():
    """scan() lists every file under the folder by its relative path"""
    manifest = learner_module()
    with temp_folder(FILES) as folder:
        found = call(manifest.scan, folder.path()).value
        expect_equal(sorted(found), sorted(FILES),
                     hint="Walk the folder and its subfolders (os.walk or Path.rglob); key each "
                          "file by path.relative_to(root).as_posix(), so folders are joined "
                          "with '/'.")
        for name, content in FILES.items():
            info = os.stat(folder.path(name))
            entry = found[name]
            expect_equal((entry.size, entry.mtime, entry.digest),
                         (info.st_size, info.st_mtime, _sha(content)),
                         f"scan()[{name!r}] is {tuple(entry)!r}",
                         hint="Each value is FileInfo(size, mtime, digest), with size and mtime "
                              "from the file's stat() and the digest from file_digest().")


def check_empty_folder():
    """An empty folder gives an empty manifest; folders alone are not files"""
    manifest = learner_module()
    with temp_folder() as folder:
        os.makedirs(folder.path("a/b/c"))
        expect_equal(call(manifest.scan, folder.path()).value, {},
                     hint="Only files go into the manifest, not folders.")


def check_symbolic_links_are_skipped():
    """Symbolic links are neither listed nor followed"""
    manifest = learner_module()
    with temp_folder({"src/real.txt": "real", "elsewhere/secret.txt": "outside"}) as folder:
        try:
            os.symlink(folder.path("src/real.txt"), folder.path("src/link.txt"))
            os.symlink(folder.path("elsewhere"), folder.path("src/linked-folder"),
                       target_is_directory=True)
        except (OSError, NotImplementedError):
            skip("this system does not let the check make symbolic links")
        found = call(manifest.scan, folder.path("src")).value
        expect_equal(sorted(found), ["real.txt"],
                     hint="Skip any path whose is_symlink() is true, files and folders alike: "
                          "os.walk doesn't enter linked folders, but it does list them and "
                          "linked files by name.")
