"""The signed result package: building blocks.

A venue exports one ``.zip`` holding its result files, a ``SHA256SUMS`` manifest of them and
``SHA256SUMS.minisig``, a minisign signature of the manifest made with the venue's Ed25519 key.
The organising committee checks it with the app, or with stock tools::

    minisign -Vm SHA256SUMS -P <venue public key> && sha256sum -c SHA256SUMS

Modules: ``keys`` (key pair, encrypted private key file), ``minisign`` (signature format),
``sha256sums`` (manifest), ``zipsafe`` (reading untrusted zips, writing deterministic ones).
See docs/keys-and-signatures.md.
"""
