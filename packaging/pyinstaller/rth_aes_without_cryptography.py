"""PyInstaller runtime hook (Linux build): AES for pdfminer without the `cryptography` package.

pdfminer.six imports `cryptography` at the top of pdfminer.pdfdocument, but only ever uses
AES-CBC without padding, to decrypt AES-encrypted PDFs (most often ones "protected" with an empty
password: restrictions only). The `cryptography` wheel costs 14 MB in the one-folder app, while
the OpenSSL library that does the actual work (libcrypto) is bundled anyway for Python's
hashlib and ssl. So the Linux build leaves `cryptography` out and this hook registers the few
names pdfminer imports, backed by libcrypto's EVP interface through ctypes:

    cryptography.hazmat.backends.default_backend
    cryptography.hazmat.primitives.ciphers.Cipher / algorithms.AES / modes.CBC

If the real package is importable, nothing is done. tests/e2e/test_build_spec.py checks this
module against the real `cryptography` in the development environment.
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
import types
from typing import Any


def _libcrypto() -> ctypes.CDLL:
    """The libcrypto Python's own _hashlib loaded (the bundled one in the frozen app).

    glibc's dlopen returns an already-loaded library whose SONAME matches, so asking for
    libcrypto.so.3 after importing _hashlib gets that very copy, not a system one.
    """
    import _hashlib  # noqa: F401 - loads libcrypto

    last_error: OSError | None = None
    for name in ("libcrypto.so.3", "libcrypto.so"):
        try:
            return ctypes.CDLL(name)
        except OSError as error:
            last_error = error
    raise ImportError(f"AES for encrypted PDFs needs OpenSSL's libcrypto: {last_error}")


class _Evp:
    def __init__(self) -> None:
        lib = _libcrypto()
        lib.EVP_CIPHER_CTX_new.restype = ctypes.c_void_p
        lib.EVP_CIPHER_CTX_free.argtypes = [ctypes.c_void_p]
        lib.EVP_CipherInit_ex.argtypes = [ctypes.c_void_p] * 5 + [ctypes.c_int]
        lib.EVP_CIPHER_CTX_set_padding.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.EVP_CipherUpdate.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.c_char_p,
            ctypes.c_int,
        ]
        lib.EVP_CipherFinal_ex.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.POINTER(ctypes.c_int),
        ]
        self.ciphers = {}
        for bits in (128, 192, 256):
            function = getattr(lib, f"EVP_aes_{bits}_cbc")
            function.restype = ctypes.c_void_p
            self.ciphers[bits // 8] = function()
        self.lib = lib


_EVP: _Evp | None = None


def _evp() -> _Evp:
    global _EVP
    if _EVP is None:
        _EVP = _Evp()
    return _EVP


class _CipherContext:
    """A cryptography-style context: update() returns whole blocks, finalize() the rest (none)."""

    def __init__(self, key: bytes, iv: bytes, encrypt: bool) -> None:
        evp = _evp()
        self._lib = evp.lib
        self._ctx = self._lib.EVP_CIPHER_CTX_new()
        if not self._ctx:
            raise MemoryError("EVP_CIPHER_CTX_new failed")
        cipher = evp.ciphers[len(key)]
        if not self._lib.EVP_CipherInit_ex(self._ctx, cipher, None, key, iv, int(encrypt)):
            raise ValueError("AES: the cipher could not be set up")
        self._lib.EVP_CIPHER_CTX_set_padding(self._ctx, 0)

    def update(self, data: bytes) -> bytes:
        data = bytes(data)
        out = ctypes.create_string_buffer(len(data) + 16)
        written = ctypes.c_int(0)
        if not self._lib.EVP_CipherUpdate(self._ctx, out, ctypes.byref(written), data, len(data)):
            raise ValueError("AES: the data could not be processed")
        return out.raw[: written.value]

    def finalize(self) -> bytes:
        out = ctypes.create_string_buffer(16)
        written = ctypes.c_int(0)
        ok = self._lib.EVP_CipherFinal_ex(self._ctx, out, ctypes.byref(written))
        self._free()
        if not ok:
            raise ValueError("AES: the data is not a multiple of the block length")
        return out.raw[: written.value]

    def _free(self) -> None:
        if self._ctx:
            self._lib.EVP_CIPHER_CTX_free(self._ctx)
            self._ctx = None

    def __del__(self) -> None:
        self._free()


class AES:
    name = "AES"
    block_size = 128

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError(f"Invalid key size ({len(key) * 8}) for AES.")
        self.key = bytes(key)


class CBC:
    name = "CBC"

    def __init__(self, initialization_vector: bytes) -> None:
        if len(initialization_vector) != 16:
            raise ValueError("Invalid IV size for CBC.")
        self.initialization_vector = bytes(initialization_vector)


class Cipher:
    def __init__(self, algorithm: AES, mode: CBC, backend: object = None) -> None:
        self.algorithm = algorithm
        self.mode = mode

    def decryptor(self) -> _CipherContext:
        return _CipherContext(self.algorithm.key, self.mode.initialization_vector, encrypt=False)

    def encryptor(self) -> _CipherContext:
        return _CipherContext(self.algorithm.key, self.mode.initialization_vector, encrypt=True)


def default_backend() -> object:
    return None


def install() -> bool:
    """Register the stand-in modules unless the real `cryptography` is there. True if done."""
    if "cryptography" in sys.modules or importlib.util.find_spec("cryptography") is not None:
        return False
    names: dict[str, dict[str, Any]] = {
        "cryptography": {},
        "cryptography.hazmat": {},
        "cryptography.hazmat.backends": {"default_backend": default_backend},
        "cryptography.hazmat.primitives": {},
        "cryptography.hazmat.primitives.ciphers": {
            "Cipher": Cipher,
            "algorithms": types.SimpleNamespace(AES=AES),
            "modes": types.SimpleNamespace(CBC=CBC),
        },
    }
    for name, attributes in names.items():
        module = types.ModuleType(name, "AES-CBC over libcrypto for pdfminer (Nashra's build)")
        module.__dict__.update(attributes)
        module.__path__ = []  # a package, so the submodule imports resolve
        sys.modules[name] = module
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
    return True


if getattr(sys, "frozen", False):
    install()
