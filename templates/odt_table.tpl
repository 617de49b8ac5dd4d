{{%AUTOESCAPE context="XML"}}
<table:table table:name="{{NAME}}" table:style-name="Tbl">
{{#COL}}<table:table-column table:style-name="{{STYLE}}"/>
{{/COL}}
<table:table-header-rows>
<table:table-row>{{#HEAD}}<table:table-cell table:style-name="CellHead" office:value-type="string"><text:p text:style-name="{{PSTYLE}}">{{TEXT}}</text:p></table:table-cell>{{/HEAD}}</table:table-row>
</table:table-header-rows>
{{#ROW}}<table:table-row>{{#CELL}}<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="{{PSTYLE}}">{{TEXT}}{{#SECOND}}<text:line-break/>{{TEXT2}}{{/SECOND}}</text:p></table:table-cell>{{/CELL}}</table:table-row>
{{/ROW}}
</table:table>
