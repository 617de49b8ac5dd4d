{{%AUTOESCAPE context="XML"}}
<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">
<office:meta>
<meta:generator>Koers</meta:generator>
<dc:title>{{TITLE}}</dc:title>
<dc:subject>{{SUBJECT}}</dc:subject>
<dc:language>{{LANG_TAG}}</dc:language>
<meta:initial-creator>{{AUTHOR}}</meta:initial-creator>
<meta:creation-date>{{CREATED}}</meta:creation-date>
<dc:date>{{CREATED}}</dc:date>
{{#KEYWORD}}<meta:keyword>{{TEXT}}</meta:keyword>
{{/KEYWORD}}
</office:meta>
</office:document-meta>
