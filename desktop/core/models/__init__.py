"""Translation models of the second kind: OPUS-MT (Helsinki-NLP Tatoeba) Marian releases.

An argos pack arrives ready for CTranslate2; an OPUS-MT release is a Marian model, converted to
CTranslate2 int8 once, at install, and kept in Nashra's own models folder
(:func:`desktop.core.paths.models_dir`) with its metadata. The pieces, each in its own module:

- `opus_catalog`: the releases Nashra knows (URLs, languages, label, licence, published scores);
- `opus_archive`: checking a release zip before anything is unpacked;
- `opus_install`: unpack, convert (progress, cancel), load-check, put in place; download;
- `opus_model`: an installed model, as the translation engine drives it.

Choosing among installed models of both kinds is :mod:`desktop.core.translation.models`.
"""
