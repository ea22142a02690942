"""Temporary working folders for checks: made with fixture files, always removed afterwards.

A folder is made inside the results file's folder, which the extension's runner creates for
each run and deletes after it, so even a run that crashes leaves nothing behind. The check
removes its folders itself when it ends (or its `with` block does), and the watchdog removes
them before a run that ran out of time ends.
"""
from __future__ import annotations

import binascii
import os
import stat

from ._failures import CheckError, CheckFailed
from ._session import active_check, active_session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Union

    Content = Union[str, bytes]

# Taken at import; by the time a folder is removed the harness has put `os` back anyway.
_getcwd = os.getcwd
_chdir = os.chdir
_urandom = os.urandom


def remove_tree(path: str) -> None:
    """Deletes a folder and everything in it, as far as possible; never raises."""
    try:
        walk = list(os.walk(path, topdown=False))
    except BaseException:
        walk = []
    for root, folders, files in walk:
        for name in files:
            _remove_file(os.path.join(root, name))
        for name in folders:
            full = os.path.join(root, name)
            try:
                if os.path.islink(full):
                    os.unlink(full)
                else:
                    os.rmdir(full)
            except OSError:
                pass
    try:
        os.rmdir(path)
    except OSError:
        pass


def _remove_file(path: str) -> None:
    try:
        os.unlink(path)
    except PermissionError:  # a read-only file on Windows
        try:
            os.chmod(path, stat.S_IWRITE)
            os.unlink(path)
        except OSError:
            pass
    except OSError:
        pass


def _checked_name(name: str) -> str:
    """A relative file name inside a folder (forward slashes allowed), or a CheckError."""
    if not isinstance(name, str) or not name:
        raise CheckError("file names in a temporary folder must be non-empty strings, not %r"
                         % (name,))
    parts = name.replace("\\", "/").split("/")
    if os.path.isabs(name) or name.startswith("/") or ".." in parts or parts[0].endswith(":"):
        raise CheckError("the file name %r must be relative and stay inside the temporary "
                         "folder" % name)
    return os.path.join(*[part for part in parts if part not in ("", ".")])


class TempFolder:
    """A temporary folder for one check. `os.fspath(folder)` and `str(folder)` give its path."""

    def __init__(self, path: str, files: Optional[Dict[str, Content]] = None,
                 cwd: bool = False) -> None:
        #: The folder's absolute (real) path.
        self.root = path
        self._previous_cwd: Optional[str] = None
        self._removed = False
        for name, content in (files or {}).items():
            self.write(name, content)
        if cwd:
            self._previous_cwd = _getcwd()
            _chdir(path)

    # -- paths ---------------------------------------------------------------------------------

    def path(self, name: str = "") -> str:
        """The absolute path of `name` inside the folder (the folder itself without a name)."""
        return self.root if not name else os.path.join(self.root, _checked_name(name))

    def __fspath__(self) -> str:
        return self.root

    def __str__(self) -> str:
        return self.root

    def __repr__(self) -> str:
        return "TempFolder(%r)" % self.root

    # -- files ---------------------------------------------------------------------------------

    def write(self, name: str, content: Content) -> str:
        """Writes a file (text as UTF-8, bytes as they are), making its folders; returns its
        path. Text is written exactly as given: "\\n" stays "\\n" on every system."""
        if isinstance(content, str):
            data = content.encode("utf-8")
        elif isinstance(content, (bytes, bytearray)):
            data = bytes(content)
        else:
            raise CheckError("the content of %r must be str or bytes, not %s"
                             % (name, type(content).__name__))
        target = self.path(name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as stream:
            stream.write(data)
        return target

    def exists(self, name: str) -> bool:
        """Whether the file (or folder) `name` is there."""
        return os.path.exists(self.path(name))

    def read_bytes(self, name: str) -> bytes:
        """The bytes of a file; if it is missing, the check fails saying the learner's code
        did not write it."""
        target = self.path(name)
        try:
            with open(target, "rb") as stream:
                return stream.read()
        except FileNotFoundError:
            raise CheckFailed(
                "expected your code to write the file %s, but it is not there" % name,
                hint="Check the file name, and that the file is written into the folder your "
                     "code was given (or the current folder).") from None
        except IsADirectoryError:
            raise CheckFailed("%s is a folder, but a file was expected" % name) from None

    def read_text(self, name: str, encoding: str = "utf-8") -> str:
        """The text of a file, with line endings as "\\n"; fails like `read_bytes` if missing,
        and says so if it is not valid text in `encoding`."""
        data = self.read_bytes(name)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise CheckFailed("%s is not valid %s text: %s" % (name, encoding, error)) from None
        return text.replace("\r\n", "\n")

    def files(self) -> List[str]:
        """Every file in the folder and its subfolders, as sorted relative paths with "/"."""
        found = []
        for root, _, names in os.walk(self.root):
            for name in names:
                relative = os.path.relpath(os.path.join(root, name), self.root)
                found.append(relative.replace(os.sep, "/"))
        return sorted(found)

    # -- clean-up ------------------------------------------------------------------------------

    def remove(self) -> None:
        """Leaves the folder (if it is the working directory) and deletes it. Called for you
        when the `with` block or the check ends."""
        if self._removed:
            return
        self._removed = True
        if self._previous_cwd is not None:
            try:
                _chdir(self._previous_cwd)
            except OSError:
                pass
        remove_tree(self.root)

    def __enter__(self) -> TempFolder:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.remove()


def temp_folder(files: Optional[Dict[str, Content]] = None, *, cwd: bool = False) -> TempFolder:
    """A new, empty temporary folder holding `files` ({relative name: text or bytes}).

    With `cwd=True` it is also the working directory until it is removed. It is removed when
    its `with` block ends, else when the check ends, whatever happens.
    """
    session = active_session()
    check = active_check()
    if files is not None and not isinstance(files, dict):
        raise CheckError("temp_folder() takes a dict of {file name: text or bytes}, not %s"
                         % type(files).__name__)
    parent = session.scratch or os.path.dirname(session.workspace.root)
    path = None
    for _ in range(100):
        candidate = os.path.join(parent, "pymastery-folder-%s"
                                 % binascii.hexlify(_urandom(5)).decode("ascii"))
        try:
            os.mkdir(candidate, 0o700)
        except FileExistsError:
            continue
        path = os.path.realpath(candidate)
        break
    if path is None:
        raise CheckError("could not make a temporary folder in %s" % parent)
    check.temp_folders.append(path)
    try:
        folder = TempFolder(path, files, cwd)
    except BaseException:
        remove_tree(path)
        raise
    check.cleanups.append(folder.remove)
    return folder
