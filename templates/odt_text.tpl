{{%AUTOESCAPE context="XML"}}
{{#PARA}}<text:p text:style-name="{{STYLE}}">{{#LINE}}{{#BR}}<text:line-break/>{{/BR}}{{TEXT}}{{/LINE}}</text:p>
{{/PARA}}
