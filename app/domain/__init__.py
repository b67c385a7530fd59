"""The rules of the product, as plain Python over store sessions. No Qt here."""
