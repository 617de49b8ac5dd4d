{{%AUTOESCAPE context="XML"}}
<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="C10" style:family="table-column"><style:table-column-properties style:column-width="1.70cm" style:rel-width="1000*"/></style:style>
<style:style style:name="C12" style:family="table-column"><style:table-column-properties style:column-width="2.04cm" style:rel-width="1200*"/></style:style>
<style:style style:name="C14" style:family="table-column"><style:table-column-properties style:column-width="2.38cm" style:rel-width="1400*"/></style:style>
<style:style style:name="C15" style:family="table-column"><style:table-column-properties style:column-width="2.55cm" style:rel-width="1500*"/></style:style>
<style:style style:name="C16" style:family="table-column"><style:table-column-properties style:column-width="2.72cm" style:rel-width="1600*"/></style:style>
<style:style style:name="C24" style:family="table-column"><style:table-column-properties style:column-width="4.08cm" style:rel-width="2400*"/></style:style>
<style:style style:name="C34" style:family="table-column"><style:table-column-properties style:column-width="5.78cm" style:rel-width="3400*"/></style:style>
<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:background-color="#e3ebf3" fo:padding="0.07cm" fo:border="0.5pt solid #7f7f7f"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #7f7f7f"/></style:style>
</office:automatic-styles>
<office:body>
<office:text>
<text:p text:style-name="Title">{{TITLE}}</text:p>
<text:p text:style-name="Subtitle">{{KIND}} · {{T_PERIOD}} {{PERIOD}}</text:p>
<text:p text:style-name="Text_20_body">{{T_REPORT_OVERALL}}: {{STATUS}}</text:p>
{{#PROVISIONAL}}<text:p text:style-name="Provisional">{{TEXT}}</text:p>
{{/PROVISIONAL}}
{{#VERSION}}<text:p text:style-name="Note">{{T_REPORT_VERSION}} {{NUMBER}}</text:p>
<text:p text:style-name="Note">{{T_REPORT_PUBLISHED_AT}}: {{AT}}</text:p>
<text:p text:style-name="Note">{{T_REPORT_PUBLISHED_BY}}: {{BY}}</text:p>
<text:p text:style-name="Note">{{T_REPORT_HASH}}:<text:line-break/>{{HASH}}</text:p>
{{#AUDIT}}<text:p text:style-name="Note">{{T_REPORT_AUDIT_HEAD}}:<text:line-break/>{{ENTRIES}} {{HEAD}}</text:p>
{{/AUDIT}}
{{/VERSION}}
{{#DRAFT}}<text:p text:style-name="Provisional">{{T_REPORT_DRAFT_MARK}}</text:p>
<text:p text:style-name="Note">{{T_REPORT_PREPARED}}: {{AT}}</text:p>
{{/DRAFT}}
{{#INTRO}}<text:h text:style-name="Heading_20_1" text:outline-level="1">{{T_REPORT_INTRO}}</text:h>
{{>TEXT}}
{{/INTRO}}
<text:h text:style-name="Heading_20_1" text:outline-level="1">{{T_REPORT_SUMMARY}}</text:h>
{{>SUMMARY_TABLE}}
{{#PROG}}<text:h text:style-name="Heading_20_1" text:outline-level="1">{{T_PROGRAMME}} {{NUMBER}}. {{NAME}}</text:h>
<text:p text:style-name="Text_20_body">{{T_PORTFOLIO_HOLDER}}: {{HOLDER}} · {{T_DIRECTIE}}: {{DIRECTIE}} · {{T_REPORT_STATUS}}: {{STATUS}}</text:p>
{{>INTRO_TEXT}}
<text:h text:style-name="Heading_20_2" text:outline-level="2">1. {{T_W1}}</text:h>
{{>AMBITION_TEXT}}
{{#EFFECT}}<text:h text:style-name="Heading_20_3" text:outline-level="3">{{T_EFFECT}} {{NUMBER}}: {{NAME}} ({{STATUS}})</text:h>
{{>DESC_TEXT}}
{{>TABLE}}
{{#NO_INDICATORS}}<text:p text:style-name="Note">{{T_NO_INDICATORS}}</text:p>
{{/NO_INDICATORS}}
{{#EFFECT_NOTE}}<text:p text:style-name="Note_20_heading">{{HEAD}}</text:p>
{{>TEXT}}
{{/EFFECT_NOTE}}
{{/EFFECT}}
<text:h text:style-name="Heading_20_2" text:outline-level="2">2. {{T_W2}}</text:h>
{{#PERF}}<text:h text:style-name="Heading_20_3" text:outline-level="3">{{T_PERFORMANCE}} {{NUMBER}}: {{NAME}} ({{STATUS}})</text:h>
<text:p text:style-name="Note">{{T_OWNER}}: {{OWNER}}</text:p>
{{>TABLE}}
{{#NO_INDICATORS}}<text:p text:style-name="Note">{{T_NO_INDICATORS}}</text:p>
{{/NO_INDICATORS}}
{{#PERF_NOTE}}<text:p text:style-name="Note_20_heading">{{HEAD}}</text:p>
{{>TEXT}}
{{/PERF_NOTE}}
{{/PERF}}
<text:h text:style-name="Heading_20_2" text:outline-level="2">3. {{T_W3}}</text:h>
{{>COST_TABLE}}
{{#COST_NOTE}}<text:p text:style-name="Note_20_heading">{{HEAD}}</text:p>
{{>TEXT}}
{{/COST_NOTE}}
{{/PROG}}
</office:text>
</office:body>
</office:document-content>
