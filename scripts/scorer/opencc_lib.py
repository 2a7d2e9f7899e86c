"""The installed OpenCC (libopencc 1.1) through ctypes, for the scorer data checks."""
import ctypes

_lib = ctypes.CDLL("libopencc.so.1.1")
_lib.opencc_open.restype = ctypes.c_void_p
_lib.opencc_open.argtypes = [ctypes.c_char_p]
_lib.opencc_convert_utf8.restype = ctypes.c_void_p
_lib.opencc_convert_utf8.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
_lib.opencc_convert_utf8_free.argtypes = [ctypes.c_void_p]
_handles = {}


def convert(config, text):
    """`text` converted with an OpenCC configuration (`t2s`, `s2twp` …)."""
    if config not in _handles:
        handle = _lib.opencc_open(f"{config}.json".encode())
        if handle in (None, ctypes.c_void_p(-1).value):
            raise SystemExit(f"OpenCC configuration {config}.json not found (apt-get install libopencc-dev)")
        _handles[config] = handle
    data = text.encode()
    pointer = _lib.opencc_convert_utf8(_handles[config], data, len(data))
    result = ctypes.string_at(pointer).decode()
    _lib.opencc_convert_utf8_free(pointer)
    return result
