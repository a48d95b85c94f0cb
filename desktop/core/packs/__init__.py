"""Language-pack management: list, fetch the index, download, install from a file, remove.

Packs are argostranslate packages, installed into argos's own packages folder so LibreTranslate
and argos see them too. Nothing here touches the network except :func:`fetch_index` and
:func:`download_pack` / :func:`download_file`, and only when called. argostranslate and
ctranslate2 are imported lazily, when a pack is read or checked.

Typical use::

    index = fetch_index()                       # IndexUnavailableError when offline
    download_pack("ar", "en", index=index, progress=report, cancel=stop_event)
    install_pack_file("translate-ar_en-1_9.argosmodel")
    for info in list_installed(): ...
    remove_pack("ar", "en")
"""

from desktop.core.packs.download import DownloadProgress, download_file, download_pack
from desktop.core.packs.errors import (
    ChecksumMismatchError,
    DownloadCancelledError,
    DownloadError,
    IndexUnavailableError,
    InvalidPackError,
    PackError,
    PackNotAvailableError,
    PackNotInstalledError,
    PackTooLargeError,
    PackVersionError,
    ReadOnlyPackError,
)
from desktop.core.packs.index import (
    AvailablePack,
    PackIndex,
    default_index_url,
    fetch_index,
    load_cached_index,
)
from desktop.core.packs.install import (
    MAX_UNPACKED_BYTES,
    PackArchive,
    inspect_pack_file,
    install_pack_file,
)
from desktop.core.packs.installed import PackFolders, PackInfo, list_installed, remove_pack

__all__ = [
    "MAX_UNPACKED_BYTES",
    "AvailablePack",
    "ChecksumMismatchError",
    "DownloadCancelledError",
    "DownloadError",
    "DownloadProgress",
    "IndexUnavailableError",
    "InvalidPackError",
    "PackArchive",
    "PackError",
    "PackFolders",
    "PackIndex",
    "PackInfo",
    "PackNotAvailableError",
    "PackNotInstalledError",
    "PackTooLargeError",
    "PackVersionError",
    "ReadOnlyPackError",
    "default_index_url",
    "download_file",
    "download_pack",
    "fetch_index",
    "inspect_pack_file",
    "install_pack_file",
    "list_installed",
    "load_cached_index",
    "remove_pack",
]
