"""The domain model: frozen attrs classes, validated at construction."""
