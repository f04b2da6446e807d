"""Pure: the expected-failure hierarchy. Each error has a stable code and a message for caseworkers.

* CaseworkError
  + CaseNotFound
  + SubmissionNotFound
  + NotQuarantined
  + ConfigurationError
  + KeyringError
  + GpgUnavailable
"""

from __future__ import annotations


class RegisterUnavailable(Exception):
    """The database cannot be reached or used now: a transient fault, retried (not casework)."""


class CaseworkError(Exception):
    """Root of every failure a person has to act on (never retried automatically)."""

    code = "casework_error"
    template = "Noe gikk galt."

    def __init__(self, **fields: object) -> None:
        self.fields = fields
        super().__init__(self.user_message())

    def user_message(self) -> str:
        return self.template.format(**self.fields)


class CaseNotFound(CaseworkError):
    code = "case_not_found"
    template = "Fant ingen sak med nummer {reference}."


class SubmissionNotFound(CaseworkError):
    code = "submission_not_found"
    template = "Fant ingen mottatt melding med id {submission_id}."


class NotQuarantined(CaseworkError):
    code = "not_quarantined"
    template = "Melding {submission_id} ligger ikke i karantene."


class ConfigurationError(CaseworkError):
    code = "configuration_error"
    template = "Konfigurasjonsfeil: {detail}"


class KeyringError(CaseworkError):
    code = "keyring_error"
    template = "Nøkkelringen: {detail}"


class GpgUnavailable(CaseworkError):
    """gpg could not be run at all (missing, or no processes left): the machine, not the message."""

    code = "gpg_unavailable"
    template = "GnuPG kunne ikke startes ({detail}); meld fra til drift"
