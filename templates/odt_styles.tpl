{{%AUTOESCAPE context="XML"}}
<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">
<office:font-face-decls>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
<style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:language="{{LANG}}" fo:country="{{COUNTRY}}" fo:hyphenate="false"/>
</style:default-style>
<style:default-style style:family="table">
<style:table-properties table:border-model="collapsing"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="120%"/>
</style:style>
<style:style style:name="Note" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text">
<style:text-properties fo:font-size="9pt"/>
</style:style>
<style:style style:name="Note_20_heading" style:display-name="Note heading" style:family="paragraph" style:parent-style-name="Text_20_body" style:next-style-name="Note" style:class="text">
<style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-size="9pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Subtitle" style:class="chapter">
<style:paragraph-properties fo:margin-top="6cm" fo:margin-bottom="0.4cm"/>
<style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="#154273"/>
</style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="chapter">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm"/>
<style:text-properties fo:font-size="14pt"/>
</style:style>
<style:style style:name="Provisional" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:margin-top="0.4cm" fo:padding="0.15cm" fo:border="1.5pt solid #b00020"/>
<style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-weight="bold" fo:color="#154273"/>
</style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
<style:paragraph-properties fo:break-before="page"/>
<style:text-properties fo:font-size="17pt"/>
</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
<style:text-properties fo:font-size="13pt"/>
</style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text">
<style:text-properties fo:font-size="11pt"/>
</style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:text-properties fo:font-size="9pt"/>
</style:style>
<style:style style:name="Table_20_Number" style:display-name="Table Number" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
<style:paragraph-properties fo:text-align="end"/>
</style:style>
<style:style style:name="Table_20_Total" style:display-name="Table Total" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Table_20_Total_20_Number" style:display-name="Table Total Number" style:family="paragraph" style:parent-style-name="Table_20_Number" style:class="extra">
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Table_20_Number_20_Heading" style:display-name="Table Number Heading" style:family="paragraph" style:parent-style-name="Table_20_Heading" style:class="extra">
<style:paragraph-properties fo:text-align="end"/>
</style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:text-properties fo:font-size="8pt" fo:color="#404040"/>
</style:style>
<style:style style:name="Header_20_Provisional" style:display-name="Header Provisional" style:family="paragraph" style:parent-style-name="Header" style:class="extra">
<style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#b00020"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:text-align="center"/>
<style:text-properties fo:font-size="8pt" fo:color="#404040"/>
</style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1">
<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
</style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header>
<text:p text:style-name="Header">{{TITLE}} · {{PERIOD}}</text:p>
{{#PROVISIONAL}}<text:p text:style-name="Header_20_Provisional">{{T_ODT_PROV_MARK}}</text:p>
{{/PROVISIONAL}}{{#DRAFT}}<text:p text:style-name="Header_20_Provisional">{{T_REPORT_DRAFT_MARK}}</text:p>
{{/DRAFT}}
</style:header>
<style:footer>
<text:p text:style-name="Footer">{{T_ODT_PAGE}} <text:page-number text:select-page="current">1</text:page-number> {{T_LINES_OF}} <text:page-count>1</text:page-count>{{#PROVISIONAL}} · {{T_ODT_PROV_MARK}}{{/PROVISIONAL}}</text:p>
</style:footer>
</style:master-page>
</office:master-styles>
</office:document-styles>
