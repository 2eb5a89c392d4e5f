"""Attachments of applications: checked by content, kept across failed steps, stored privately.

* Accepted: PDF, JPEG and PNG, recognised from the file's first bytes (``filetype``), and the
  file name's extension must agree with what the content is — an HTML page or SVG renamed
  ``.pdf``, an executable, or a PNG called ``.pdf`` is refused with a message.
* Sizes: at most :data:`MAX_FILE_BYTES` (10 MB) a file and :data:`MAX_TOTAL_BYTES` (30 MB) an
  application. :class:`LimitedUploadHandler` stops storing a file as soon as it passes 10 MB,
  so an oversized upload is never written out in full; the rest of the form is still read and
  the step is shown again with a message and every other value kept.
* Storage: the ``applications`` storage (``PRIVATE_MEDIA_ROOT``) has no URL; files reach
  reviewers only through a permission-checked download view. An upload that passes its checks
  is stored at once under ``tmp/`` and the form carries a signed reference to it, so a step
  that fails for another reason keeps the file, and so does a saved draft.
"""

import dataclasses
import os
import re
import uuid

from django import forms
from django.core import signing
from django.core.files.storage import FileSystemStorage, storages
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.utils.translation import gettext_lazy as _

import filetype

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_TOTAL_BYTES = 30 * 1024 * 1024

#: Detected MIME type → extensions a file of that type may carry.
ALLOWED_TYPES = {
    "application/pdf": {".pdf"},
    "image/jpeg": {".jpg", ".jpeg"},
    "image/png": {".png"},
}
ACCEPT_ATTRIBUTE = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"

SIGNING_SALT = "applications.upload"
#: Where accepted uploads wait (``store_upload``): one random folder, one plain file name.
TMP_PATH = re.compile(r"tmp/[0-9a-f]{32}/(?!\.+$)[^/\\]+")


def private_storage():
    """The storage of application attachments (``STORAGES["applications"]``): outside the
    public media URL space."""
    return storages["applications"]


@dataclasses.dataclass(frozen=True)
class StoredUpload:
    """An upload that passed its checks and sits in private storage.

    ``path`` is relative to the private storage; ``size`` is in bytes; ``content_type`` is the
    type detected from the content, never the one the browser sent.
    """

    path: str
    name: str
    size: int
    content_type: str

    def sign(self) -> str:
        return signing.dumps(dataclasses.asdict(self), salt=SIGNING_SALT, compress=True)

    @classmethod
    def from_signed(cls, value: str) -> "StoredUpload | None":
        """The upload a signed reference points to, or None if the reference was tampered
        with or the file is gone (e.g. a draft older than its retention)."""
        try:
            data = signing.loads(value, salt=SIGNING_SALT)
            upload = cls(**data)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        if not TMP_PATH.fullmatch(upload.path) or not private_storage().exists(upload.path):
            return None
        return upload


def clean_filename(name: str) -> str:
    """The file name without any folder part or control characters, at most 120 characters
    (extension kept)."""
    name = os.path.basename(name.replace("\\", "/")).strip()
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '/\\:*?"<>|')
    stem, ext = os.path.splitext(name)
    return (stem[: 120 - len(ext)] + ext.lower()) or "file"


def check_upload(uploaded) -> str:
    """Check an uploaded file by its content and return its detected MIME type.

    Raises ``forms.ValidationError`` (message in the active language) when the file is
    empty, larger than 10 MB, not a PDF/JPEG/PNG by content, or named with an extension that
    does not match its content.
    """
    if uploaded.size == 0:
        raise forms.ValidationError(
            _("The file “%(name)s” is empty."), params={"name": uploaded.name}
        )
    if uploaded.size > MAX_FILE_BYTES:
        raise forms.ValidationError(
            _("The file “%(name)s” is larger than 10 MB."), params={"name": uploaded.name}
        )
    uploaded.seek(0)
    head = uploaded.read(8192)
    uploaded.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else None
    if mime not in ALLOWED_TYPES:
        raise forms.ValidationError(
            _("“%(name)s” is not a PDF, JPEG or PNG file. Only these types are accepted."),
            params={"name": uploaded.name},
        )
    ext = os.path.splitext(uploaded.name)[1].lower()
    if ext not in ALLOWED_TYPES[mime]:
        raise forms.ValidationError(
            _(
                "The name of “%(name)s” does not match its content. "
                "Please upload the file under its real name."
            ),
            params={"name": uploaded.name},
        )
    return mime


def store_upload(uploaded, mime: str) -> StoredUpload:
    """Save a checked upload under ``tmp/<random>/`` in private storage."""
    name = clean_filename(uploaded.name)
    path = private_storage().save(f"tmp/{uuid.uuid4().hex}/{name}", uploaded)
    return StoredUpload(path=path, name=name, size=uploaded.size, content_type=mime)


class UploadWidget(forms.Widget):
    """A file input that also carries the signed reference of a file already accepted, so
    the user does not have to choose it again after an error elsewhere on the page. (Not a
    FileInput subclass, so crispy-forms renders it through this template.)"""

    template_name = "applications/widgets/upload.html"
    needs_multipart_form = True

    def format_value(self, value):
        return None

    def use_required_attribute(self, initial):
        return False

    def value_from_datadict(self, data, files, name):
        kept = "" if data.get(f"{name}-remove") else data.get(f"{name}-kept", "")
        return files.get(name), kept

    def value_omitted_from_data(self, data, files, name):
        return name not in files and f"{name}-kept" not in data

    def get_context(self, name, value, attrs):
        attrs = {**(attrs or {}), "accept": ACCEPT_ATTRIBUTE}
        context = super().get_context(name, None, attrs)
        kept = value if isinstance(value, StoredUpload) else None
        if isinstance(value, tuple):
            kept = StoredUpload.from_signed(value[1]) if value[1] else None
        context["widget"]["kept"] = kept
        context["widget"]["kept_name"] = f"{name}-kept"
        context["widget"]["kept_value"] = kept.sign() if kept else ""
        context["widget"]["remove_name"] = f"{name}-remove"
        return context


class UploadField(forms.Field):
    """A PDF/JPEG/PNG attachment; cleans to a :class:`StoredUpload` (or None if optional and
    empty). A new file replaces a kept one; ticking "remove" drops the kept one."""

    widget = UploadWidget

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "help_text", _("PDF, JPEG or PNG, at most 10 MB (30 MB for the whole application).")
        )
        super().__init__(*args, **kwargs)

    def bound_data(self, data, initial):
        return data

    def clean(self, value):
        uploaded, kept = value if isinstance(value, tuple) else (None, "")
        if uploaded is not None:
            mime = check_upload(uploaded)
            return store_upload(uploaded, mime)
        if kept:
            stored = StoredUpload.from_signed(kept)
            if stored is not None:
                return stored
            # Optional or not: never drop a file the user believes is attached.
            raise forms.ValidationError(
                _("The file uploaded earlier is no longer available. Please upload it again.")
            )
        if self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return None


class KeepUploadsMixin:
    """For forms with :class:`UploadField`: once cleaned, accepted files are written back into
    the form's data as signed references, so re-rendering the form (after an error, or from a
    wizard's stored step data) shows them as kept. ``upload_errors`` (field name → message)
    come from :class:`LimitedUploadHandler` for files refused while the request was read."""

    def __init__(self, *args, upload_errors=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.upload_errors = upload_errors or {}
        if self.is_bound:
            self.data = self.data.copy()

    def _post_clean(self):
        super()._post_clean()
        for name, field in self.fields.items():
            if not isinstance(field, UploadField):
                continue
            key = self.add_prefix(name)
            if key in self.upload_errors:
                self._errors.pop(name, None)
                self.add_error(name, self.upload_errors[key])
                continue
            value = self.cleaned_data.get(name)
            if isinstance(value, StoredUpload):
                self.data[f"{key}-kept"] = value.sign()

    def stored_uploads(self) -> list[StoredUpload]:
        return [
            v
            for v in (getattr(self, "cleaned_data", None) or {}).values()
            if isinstance(v, StoredUpload)
        ]


class LimitedUploadHandler(FileUploadHandler):
    """Stops reading a file into storage as soon as it passes 10 MB, or when the files of one
    request pass 30 MB (``SkipFile``: the other fields are still parsed). The refused field
    names and their messages land in ``request.upload_errors``."""

    def __init__(self, request=None):
        super().__init__(request)
        # The Wagtail admin (documents, images) has its own limits.
        self.active = request is None or not request.path.startswith("/admin/")
        self.file_bytes = 0
        self.request_bytes = 0
        if request is not None and not hasattr(request, "upload_errors"):
            request.upload_errors = {}

    def new_file(self, field_name, *args, **kwargs):
        super().new_file(field_name, *args, **kwargs)
        self.file_bytes = 0

    def receive_data_chunk(self, raw_data, start):
        if not self.active:
            return raw_data
        self.file_bytes += len(raw_data)
        self.request_bytes += len(raw_data)
        if self.file_bytes > MAX_FILE_BYTES:
            self._refuse(_("The file “%(name)s” is larger than 10 MB."))
        if self.request_bytes > MAX_TOTAL_BYTES:
            self._refuse(_("The files together are larger than 30 MB."))
        return raw_data

    def _refuse(self, message):
        if self.request is not None:
            self.request.upload_errors[self.field_name] = message % {"name": self.file_name}
        raise SkipFile

    def file_complete(self, file_size):
        return None


class PrivateFileSystemStorage(FileSystemStorage):
    """File storage without URLs: ``url()`` raises ValueError, so no template or serializer can
    expose an attachment; reviewers download through the permission-checked view."""

    def url(self, name):
        raise ValueError("Application attachments have no public URL.")
