"""Entities and pure logic of kamdesk. No Qt, no database: this layer runs anywhere."""
