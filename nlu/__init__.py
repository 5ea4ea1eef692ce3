"""Understanding visitors: free text to the lead contract's attributes."""
