"""Adds or replaces top-level namespaces in messages/zh.json and messages/en.json.

Usage: python3 scripts/add-messages.py file.json, where file.json is {"zh": {...}, "en": {...}}.
Reads and writes each file at once, so people editing other namespaces are not overwritten.
"""
import json
import sys

update = json.load(open(sys.argv[1], encoding='utf-8'))
for locale in ('zh', 'en'):
    path = f'messages/{locale}.json'
    messages = json.load(open(path, encoding='utf-8'))
    for namespace, value in update[locale].items():
        messages[namespace] = value
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(messages, f, ensure_ascii=False, indent=2)
        f.write('\n')
