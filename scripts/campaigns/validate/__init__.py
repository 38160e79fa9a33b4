"""Validation errors of campaign files: what, where and how to fix, in both languages."""

from scripts.campaigns.validate.errors import CampaignError, CampaignValidationError, message

__all__ = ["CampaignError", "CampaignValidationError", "message"]
