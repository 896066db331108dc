"""ftwork: a guided workbook for LLM fine-tuning engagements."""
__version__ = "0.1.0"
